package io.alertify.pipeline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.anomaly.AnomalyDefinition;
import io.alertify.pipeline.anomaly.AnomalyProperties;
import io.alertify.pipeline.anomaly.DetectorStateStore;
import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.events.EventGenerator;
import io.alertify.pipeline.events.InMemoryActiveIncidentCache;
import io.alertify.pipeline.events.RecordingPublisher;
import io.alertify.pipeline.rules.Severity;
import io.alertify.pipeline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A series that reported every minute for days and then stops is a problem in itself. */
class SilentSeriesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    private final RecordingPublisher published = new RecordingPublisher();
    private final MutableClock clock = new MutableClock(T0);
    private final SampleProcessor processor = new SampleProcessor(
            List.of(new AnomalyDefinition(new AnomalyProperties(true, "anomaly", "auto", List.of(), List.of(),
                    Severity.WARNING, Duration.ofMinutes(15), Duration.ofHours(1), 3, Duration.ofMinutes(5),
                    Duration.ofDays(1), List.of()), DetectorStateStore.inMemory())),
            new EventGenerator(new InMemoryActiveIncidentCache(), published),
            SampleProcessor.Settings.of(10, Set.of("pod")), clock);

    @Test
    void silenceOfARegularSeriesOpensAnIncidentAndItsReturnResolvesIt() {
        var random = new Random(3);
        int minutes = 3 * 24 * 60;
        for (int i = 0; i < minutes; i++) {
            processor.accept(sample(i, 40 + random.nextGaussian()));
        }
        processor.checkSilentSeries(T0.plus(Duration.ofMinutes(minutes + 1)));
        assertThat(published.actions()).as("one minute late is not silence: %s", published.events()).isEmpty();

        processor.checkSilentSeries(T0.plus(Duration.ofMinutes(minutes + 45)));
        assertThat(published.actions()).containsExactly("trigger");
        assertThat(published.events().getFirst().get("summary").stringValue()).startsWith("cpu: ");

        for (int i = minutes + 46; i < minutes + 46 + 30; i++) {
            processor.accept(sample(i, 40 + random.nextGaussian()));
        }
        assertThat(published.actions()).containsExactly("trigger", "resolve");
    }

    @Test
    void aBackfillOfLastWeekArrivingNowIsNotSilence() {
        var random = new Random(4);
        int minutes = 3 * 24 * 60;
        var now = T0.plus(Duration.ofDays(7));
        for (int i = 0; i < minutes; i++) {
            clock.set(now.plusMillis(i));   // three days of samples arrive within seconds, a week late
            processor.accept(sample(i, 40 + random.nextGaussian()));
        }

        processor.checkSilentSeries(now.plusSeconds(10));
        assertThat(published.actions()).isEmpty();

        processor.checkSilentSeries(now.plus(Duration.ofMinutes(45)));
        assertThat(published.actions()).as("then nothing more arrives for 45 minutes").containsExactly("trigger");
    }

    @Test
    void aTimestampAtTheEndOfTimeCostsItsOwnSeriesOnlyNotTheCheckOfEveryOther() {
        var random = new Random(5);
        int minutes = 3 * 24 * 60;
        processor.accept(new MetricSample("poison", "cpu", Instant.ofEpochMilli(Long.MAX_VALUE - 1), 1, Map.of())); // intake refuses it
        for (int i = 0; i < minutes; i++) {
            processor.accept(sample(i, 40 + random.nextGaussian()));
        }

        processor.checkSilentSeries(T0.plus(Duration.ofMinutes(minutes + 45)));

        assertThat(published.actions()).as("billing's silence is still seen").containsExactly("trigger");
    }

    /** The sample of minute {@code minute}, arriving as it is measured unless the test moved the clock. */
    private MetricSample sample(int minute, double value) {
        var at = T0.plus(Duration.ofMinutes(minute));
        if (clock.instant().isBefore(at)) {
            clock.set(at);
        }
        return new MetricSample("billing", "cpu", at, value, Map.of());
    }
}
