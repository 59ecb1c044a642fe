package io.alertify.pipeline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.EventGenerator;
import io.alertify.pipeline.events.InMemoryActiveIncidentCache;
import io.alertify.pipeline.events.RecordingPublisher;
import io.alertify.pipeline.rules.Severity;
import io.alertify.pipeline.rules.ThresholdRule;
import io.alertify.pipeline.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SampleProcessorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");

    private final RecordingPublisher published = new RecordingPublisher();
    private final SampleProcessor processor = processorWith(new InMemoryActiveIncidentCache(), published);
    private int second;

    @Test
    void aBreachBecomesOneTriggerAndItsRecoveryOneResolve() {
        feed("checkout-7d9f", 730, 740);
        assertThat(published.envelopes()).isEmpty();

        feed("checkout-7d9f", 750, 760, 770);
        assertThat(published.actions()).containsExactly("trigger");

        feed("checkout-7d9f", 420, 410, 400);
        assertThat(published.actions()).containsExactly("trigger", "resolve");
    }

    @Test
    void anIncidentOpenBeforeARestartResolvesWhenItsSeriesRecoversAfterward() {
        var cache = new InMemoryActiveIncidentCache();   // stands in for the durable cache that outlives the process
        var before = processorWith(cache, published);
        feed(before, "checkout-7d9f", 730, 740, 750);

        var afterRestart = new RecordingPublisher();
        var restarted = processorWith(cache, afterRestart);
        feed(restarted, "checkout-7d9f", 760);
        assertThat(afterRestart.envelopes()).as("still breaching: no second trigger").isEmpty();

        feed(restarted, "checkout-7d9f", 420, 410, 400);
        assertThat(afterRestart.actions()).containsExactly("resolve");
        assertThat(afterRestart.events().getFirst().get("dedup_key"))
                .isEqualTo(published.events().getFirst().get("dedup_key"));
    }

    @Test
    void pastTheSeriesLimitANewSeriesTakesThePlaceOfTheLeastRecentOneInsteadOfGoingUnwatched() {
        var limited = new SampleProcessor(
                List.of(new ThresholdRule("latency-high", "latency", 500.0, null, 3, 3, Severity.CRITICAL, null)),
                new EventGenerator(new InMemoryActiveIncidentCache(), published),
                new SampleProcessor.Settings(4, Set.of("pod"), Duration.ofMinutes(5), 2, Duration.ofDays(7)),
                Clock.systemUTC());
        feedIn(limited, "staging", 100);
        feedIn(limited, "shop", 100);

        feedIn(limited, "payments", 730, 740, 750);   // a third series: staging, the least recent, makes room
        assertThat(published.actions()).containsExactly("trigger");

        feedIn(limited, "shop", 730, 740, 750);
        assertThat(published.actions()).containsExactly("trigger", "trigger");
    }

    @Test
    void aSeriesSilentForTheIdlePeriodIsDroppedAndGivesItsPlaceBack() {
        var clock = new MutableClock(T0);
        var limited = new SampleProcessor(
                List.of(new ThresholdRule("latency-high", "latency", 500.0, null, 3, 3, Severity.CRITICAL, null)),
                new EventGenerator(new InMemoryActiveIncidentCache(), published),
                new SampleProcessor.Settings(4, Set.of("pod"), Duration.ofMinutes(5), 2, Duration.ofHours(1)), clock);
        feedIn(limited, "shop", 100);
        feedIn(limited, "staging-v1", 100);     // a label value that is gone after a deploy

        clock.advance(Duration.ofMinutes(50));
        feedIn(limited, "shop", 100);
        clock.advance(Duration.ofMinutes(20));
        limited.dropIdleSeries(clock.instant());  // staging-v1 silent for 70 minutes, shop for 20

        feedIn(limited, "staging-v2", 730, 740, 750);
        assertThat(published.actions()).as("the new series took the dropped one's place").containsExactly("trigger");
    }

    @Test
    void aRestartedPodStaysInTheSameIncident() {
        feed("checkout-7d9f", 730, 740, 750);
        feed("checkout-5c2a", 760, 770, 420, 410, 400);

        var events = published.events();
        assertThat(published.actions()).containsExactly("trigger", "resolve");
        assertThat(events.get(1).get("dedup_key")).isEqualTo(events.get(0).get("dedup_key"));
        assertThat(events.get(1).get("labels").get("pod").stringValue())
                .as("the latest pod, so Restart Pod finds the one that runs now")
                .isEqualTo("checkout-5c2a");
    }

    @Test
    void evidenceIsTheLastPointsOfTheSeries() {
        feed("checkout-7d9f", 100, 200, 730, 740, 750);

        var points = published.events().getFirst().get("evidence").get("series").get(0).get("points");
        assertThat(points).hasSize(4);
        assertThat(points.get(0).get("v").doubleValue()).isEqualTo(200);
        assertThat(points.get(3).get("v").doubleValue()).isEqualTo(750);
    }

    @Test
    void seriesOfOtherNamespacesAreSeparateProblems() {
        feedIn("shop", 730, 740, 750);
        feedIn("staging", 730, 740, 750);

        var events = published.events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("dedup_key")).isNotEqualTo(events.get(1).get("dedup_key"));
    }

    @Test
    void unwatchedMetricsAreIgnored() {
        for (int i = 0; i < 5; i++) {
            processor.accept(new MetricSample("checkout", "error_rate", T0, 1.0, Map.of()));
        }

        assertThat(published.envelopes()).isEmpty();
    }

    private static SampleProcessor processorWith(ActiveIncidentCache cache, RecordingPublisher publisher) {
        return new SampleProcessor(
                List.of(new ThresholdRule("latency-high", "latency", 500.0, null, 3, 3, Severity.CRITICAL, null)),
                new EventGenerator(cache, publisher), 4, Set.of("pod"));
    }

    private void feed(String pod, double... values) {
        feed(processor, pod, values);
    }

    private void feed(SampleProcessor processor, String pod, double... values) {
        for (double value : values) {
            processor.accept(new MetricSample("checkout", "latency", T0.plusSeconds(second++), value,
                    Map.of("namespace", "shop", "pod", pod)));
        }
    }

    private void feedIn(String namespace, double... values) {
        feedIn(processor, namespace, values);
    }

    private void feedIn(SampleProcessor processor, String namespace, double... values) {
        for (double value : values) {
            processor.accept(new MetricSample("checkout", "latency", T0.plusSeconds(second++), value,
                    Map.of("namespace", namespace)));
        }
    }
}
