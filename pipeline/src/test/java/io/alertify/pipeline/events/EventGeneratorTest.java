package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.Finding;
import io.alertify.pipeline.rules.Point;
import io.alertify.pipeline.rules.SeriesKey;
import io.alertify.pipeline.rules.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventGeneratorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");
    private static final Finding BREACH = new Finding("latency-high", Severity.CRITICAL, "latency > 500 for 3 samples",
            "latency > 500 for 3 samples (last 730)");
    private static final Finding RECOVERY = new Finding("latency-high", Severity.CRITICAL, "latency > 500 for 3 samples",
            "latency <= 500 for 3 samples (last 420)");
    private static final MetricSample SAMPLE = new MetricSample("checkout", "latency", T0, 730,
            Map.of("namespace", "shop", "pod", "checkout-7d9f"));
    private static final SeriesKey SERIES = SeriesKey.of(SAMPLE, Set.of("pod"));
    private static final List<Point> EVIDENCE = List.of(new Point(T0.minusSeconds(120), 710), new Point(T0.minusSeconds(60), 720),
            new Point(T0, 730));

    private final ActiveIncidentCache cache = new InMemoryActiveIncidentCache();
    private final RecordingPublisher published = new RecordingPublisher();
    private final EventGenerator generator = new EventGenerator(cache, published);

    @Test
    void aTriggerCarriesTheWireContractWithItsEvidence() {
        generator.onDecision(new Decision.Fire(BREACH), SERIES, SAMPLE, EVIDENCE);

        var event = published.events().getFirst();
        assertThat(event.get("schema").stringValue()).isEqualTo("alertify.incident-event/v1");
        assertThat(event.get("event_id").stringValue()).matches("[0-9a-f-]{36}");
        assertThat(event.get("action").stringValue()).isEqualTo("trigger");
        assertThat(event.get("dedup_key").stringValue())
                .isEqualTo(Fingerprint.of("latency-high", "checkout", SERIES.identifyingLabels()));
        assertThat(event.get("occurred_at").stringValue()).isEqualTo("2026-11-25T06:00:00Z");
        assertThat(event.get("severity").stringValue()).isEqualTo("critical");
        assertThat(event.get("service").stringValue()).isEqualTo("checkout");
        assertThat(event.get("summary").stringValue()).isEqualTo("latency > 500 for 3 samples (last 730)");
        assertThat(event.get("source").stringValue()).isEqualTo("alertify-pipeline");
        assertThat(event.get("rule").get("expression").stringValue()).isEqualTo("latency > 500 for 3 samples");
        assertThat(event.get("labels").toString())
                .isEqualTo("{\"metric\":\"latency\",\"namespace\":\"shop\",\"pod\":\"checkout-7d9f\"}");
        var series = event.get("evidence").get("series").get(0);
        assertThat(series.get("metric").stringValue()).isEqualTo("latency");
        assertThat(series.get("points").toString()).isEqualTo("[{\"t\":\"2026-11-25T05:58:00Z\",\"v\":710.0},"
                + "{\"t\":\"2026-11-25T05:59:00Z\",\"v\":720.0},{\"t\":\"2026-11-25T06:00:00Z\",\"v\":730.0}]");
        assertThat(published.envelopes().getFirst().eventId()).isEqualTo(event.get("event_id").stringValue());
        assertThat(published.envelopes().getFirst().severity()).isEqualTo("critical");
    }

    @Test
    void anOpenProblemIsTriggeredOnceAndResolvedOnce() {
        generator.onDecision(new Decision.Fire(BREACH), SERIES, SAMPLE, EVIDENCE);
        generator.onDecision(new Decision.Fire(BREACH), SERIES, SAMPLE, EVIDENCE);
        generator.onDecision(new Decision.Recover(RECOVERY), SERIES, SAMPLE, EVIDENCE);
        generator.onDecision(new Decision.Recover(RECOVERY), SERIES, SAMPLE, EVIDENCE);

        assertThat(published.actions()).containsExactly("trigger", "resolve");
        var events = published.events();
        assertThat(events.get(1).get("dedup_key")).isEqualTo(events.get(0).get("dedup_key"));
        assertThat(events.get(1).get("event_id")).isNotEqualTo(events.get(0).get("event_id"));
        assertThat(cache.openedAt(events.get(0).get("dedup_key").stringValue())).isEmpty();
    }

    @Test
    void aFailedPublishLeavesTheProblemClosedSoTheNextFireTriesAgain() {
        var failing = new EventGenerator(cache, event -> {
            throw new IllegalStateException("broker away");
        });

        assertThatThrownBy(() -> failing.onDecision(new Decision.Fire(BREACH), SERIES, SAMPLE, EVIDENCE))
                .hasMessage("broker away");
        generator.onDecision(new Decision.Fire(BREACH), SERIES, SAMPLE, EVIDENCE);

        assertThat(published.actions()).containsExactly("trigger");
    }

    @Test
    void nothingPublishesNothing() {
        generator.onDecision(Decision.NOTHING, SERIES, SAMPLE, EVIDENCE);

        assertThat(published.envelopes()).isEmpty();
    }
}
