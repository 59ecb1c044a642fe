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
    private final SampleProcessor processor = new SampleProcessor(
            List.of(new AnomalyDefinition(new AnomalyProperties(true, "anomaly", "auto", List.of(), List.of(),
                    Severity.WARNING, Duration.ofMinutes(15), Duration.ofHours(1), 3, Duration.ofMinutes(5),
                    Duration.ofDays(1), List.of()), DetectorStateStore.inMemory())),
            new EventGenerator(new InMemoryActiveIncidentCache(), published), 10, Set.of("pod"));

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

    private static MetricSample sample(int minute, double value) {
        return new MetricSample("billing", "cpu", T0.plus(Duration.ofMinutes(minute)), value, Map.of());
    }
}
