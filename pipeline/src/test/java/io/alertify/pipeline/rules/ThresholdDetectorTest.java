package io.alertify.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.bus.MetricSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdDetectorTest {

    private static final ThresholdRule LATENCY_HIGH =
            new ThresholdRule("latency-high", "latency", 500.0, null, 3, 2, Severity.CRITICAL, null);

    private final SeriesDetector detector = LATENCY_HIGH.newDetector();

    @Test
    void firesOnTheThirdConsecutiveBreachingSampleNotBefore() {
        assertThat(feed(730, 740)).containsOnly(Decision.NOTHING);

        var third = detector.observe(sample(750));

        assertThat(third).isInstanceOf(Decision.Fire.class);
        var finding = ((Decision.Fire) third).finding();
        assertThat(finding.detectorId()).isEqualTo("latency-high");
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.expression()).isEqualTo("latency > 500 for 3 samples");
        assertThat(finding.summary()).isEqualTo("latency > 500 for 3 samples (last 750)");
    }

    @Test
    void aDetectorResumingAnIncidentOpenBeforeARestartRecoversInsteadOfFiringAgain() {
        detector.resume(Instant.parse("2026-11-25T05:00:00Z"));

        assertThat(feed(730, 740, 750)).as("still breaching: the incident simply stays open").containsOnly(Decision.NOTHING);
        assertThat(feed(420, 410)).last().isInstanceOf(Decision.Recover.class);
    }

    @Test
    void aNormalSampleRestartsTheCount() {
        assertThat(feed(730, 740, 420, 730, 740)).containsOnly(Decision.NOTHING);
        assertThat(detector.observe(sample(750))).isInstanceOf(Decision.Fire.class);
    }

    @Test
    void firesOnceWhileTheSeriesStaysAbnormal() {
        var decisions = feed(730, 740, 750, 760, 770, 780, 790, 800);

        assertThat(decisions).filteredOn(d -> d instanceof Decision.Fire).hasSize(1);
        assertThat(decisions).filteredOn(d -> d instanceof Decision.Recover).isEmpty();
    }

    @Test
    void recoversAfterRecoverSamplesConsecutiveNormalSamples() {
        feed(730, 740, 750);

        assertThat(detector.observe(sample(420))).isEqualTo(Decision.NOTHING);
        var second = detector.observe(sample(410));

        assertThat(second).isInstanceOf(Decision.Recover.class);
        assertThat(((Decision.Recover) second).finding().summary()).isEqualTo("latency <= 500 for 2 samples (last 410)");
    }

    @Test
    void aNoisySeriesAroundTheThresholdNeitherFiresNorFlaps() {
        var quiet = feed(510, 490, 520, 480, 505, 495, 530, 470);
        assertThat(quiet).containsOnly(Decision.NOTHING);

        feed(700, 700, 700);
        var firing = feed(490, 510, 480, 520, 495, 505, 470, 530);
        assertThat(firing).containsOnly(Decision.NOTHING);
    }

    @Test
    void recoversOnlyAtTheRecoveryThreshold() {
        var rule = new ThresholdRule("latency-high", "latency", 500.0, null, 3, 2, Severity.CRITICAL, null, 400.0,
                Duration.ZERO, Duration.ZERO);
        var latency = rule.newDetector();
        assertThat(feed(latency, 730, 740)).containsOnly(Decision.NOTHING);
        var fire = latency.observe(sample(750));
        assertThat(fire).isInstanceOf(Decision.Fire.class);
        assertThat(((Decision.Fire) fire).finding().expression()).isEqualTo("latency > 500 for 3 samples, recovers at <= 400");

        assertThat(feed(latency, 450, 420, 410, 401)).containsOnly(Decision.NOTHING);
        assertThat(latency.observe(sample(400))).isEqualTo(Decision.NOTHING);
        var recover = latency.observe(sample(380));

        assertThat(recover).isInstanceOf(Decision.Recover.class);
        assertThat(((Decision.Recover) recover).finding().summary()).isEqualTo("latency <= 400 for 2 samples (last 380)");
    }

    @Test
    void aValueWanderingBetweenTheThresholdsNeitherRecoversNorFiresAgain() {
        var rule = new ThresholdRule("latency-high", "latency", 500.0, null, 2, 2, Severity.CRITICAL, null, 400.0,
                Duration.ZERO, Duration.ZERO);
        var latency = rule.newDetector();
        assertThat(feed(latency, 700, 700)).last().isInstanceOf(Decision.Fire.class);

        assertThat(feed(latency, 450, 390, 480, 420, 399, 460, 500, 410)).containsOnly(Decision.NOTHING);

        assertThat(feed(latency, 390, 380)).last().isInstanceOf(Decision.Recover.class);
        assertThat(feed(latency, 450, 480, 420, 500, 460, 499)).containsOnly(Decision.NOTHING);
    }

    @Test
    void keepFiringForHoldsTheIncidentThroughAShortDip() {
        var rule = new ThresholdRule("latency-high", "latency", 500.0, null, 3, 2, Severity.CRITICAL, null, null,
                Duration.ZERO, Duration.ofMinutes(5));
        var latency = rule.newDetector();
        // one sample a minute: fires at minute 2, dips for 2 minutes, breaches again at minute 5
        var decisions = feedMinutes(latency, 700, 700, 700, 300, 300, 700, 300, 300, 300, 300, 300, 300);

        assertThat(decisions.get(2)).isInstanceOf(Decision.Fire.class);
        assertThat(decisions.subList(3, 10)).containsOnly(Decision.NOTHING);
        // five minutes after the last breach at minute 5
        assertThat(decisions.get(10)).isInstanceOf(Decision.Recover.class);
        assertThat(decisions.get(11)).isEqualTo(Decision.NOTHING);
    }

    @Test
    void forNeedsTheBreachToLastThatLongAndThatManySamples() {
        var rule = new ThresholdRule("latency-high", "latency", 500.0, null, 2, 1, Severity.CRITICAL, null, null,
                Duration.ofMinutes(3), Duration.ZERO);

        var everyMinute = feedMinutes(rule.newDetector(), 700, 700, 700, 700);
        assertThat(everyMinute.subList(0, 3)).containsOnly(Decision.NOTHING);
        assertThat(everyMinute.get(3)).isInstanceOf(Decision.Fire.class);
        assertThat(((Decision.Fire) everyMinute.get(3)).finding().summary())
                .isEqualTo("latency > 500 for 2 samples and 3m (last 700)");

        var oneLongGap = rule.newDetector();
        assertThat(oneLongGap.observe(sampleAt(0, 700))).isEqualTo(Decision.NOTHING);
        assertThat(oneLongGap.observe(sampleAt(10, 700))).isInstanceOf(Decision.Fire.class);

        var interrupted = feedMinutes(rule.newDetector(), 700, 700, 400, 700, 700, 700);
        assertThat(interrupted).containsOnly(Decision.NOTHING);
    }

    @Test
    void aBelowRuleRecoversAtOrAboveItsRecoveryThreshold() {
        var rule = new ThresholdRule("throughput-low", "throughput", null, 10.0, 2, 2, Severity.WARNING, null, 20.0,
                Duration.ZERO, Duration.ZERO);
        var low = rule.newDetector();
        low.observe(sample("throughput", 5));
        assertThat(low.observe(sample("throughput", 4))).isInstanceOf(Decision.Fire.class);

        assertThat(low.observe(sample("throughput", 15))).isEqualTo(Decision.NOTHING);
        assertThat(low.observe(sample("throughput", 20))).isEqualTo(Decision.NOTHING);
        var recover = low.observe(sample("throughput", 25));

        assertThat(recover).isInstanceOf(Decision.Recover.class);
        assertThat(((Decision.Recover) recover).finding().summary()).isEqualTo("throughput >= 20 for 2 samples (last 25)");
    }

    @Test
    void aRestoredDetectorContinuesWhereTheSavedOneWas() {
        var saved = LATENCY_HIGH.newDetector();
        saved.observe(sample(730));
        saved.observe(sample(740));

        var restored = LATENCY_HIGH.newDetector();
        restored.restore(saved.state());

        assertThat(restored.observe(sample(750))).isInstanceOf(Decision.Fire.class);
        assertThat(restored.firing()).isTrue();
    }

    @Test
    void aBelowRuleFiresUnderItsThreshold() {
        var rule = new ThresholdRule("throughput-low", "throughput", null, 10.0, 2, 2, Severity.WARNING, null);
        var low = rule.newDetector();

        assertThat(low.observe(sample("throughput", 5))).isEqualTo(Decision.NOTHING);
        var fire = low.observe(sample("throughput", 4.5));

        assertThat(fire).isInstanceOf(Decision.Fire.class);
        assertThat(((Decision.Fire) fire).finding().summary()).isEqualTo("throughput < 10 for 2 samples (last 4.5)");
    }

    @Test
    void appliesToItsMetricAndOptionallyOneService() {
        var everyService = LATENCY_HIGH;
        var onlyCheckout = new ThresholdRule("checkout-latency", "latency", 500.0, null, 3, 3, Severity.ERROR, "checkout");
        var cartLatency = new MetricSample("cart", "latency", Instant.EPOCH, 1, Map.of());

        assertThat(everyService.appliesTo(cartLatency)).isTrue();
        assertThat(onlyCheckout.appliesTo(cartLatency)).isFalse();
        assertThat(onlyCheckout.appliesTo(sample(1))).isTrue();
        assertThat(everyService.appliesTo(sample("error_rate", 1))).isFalse();
    }

    private List<Decision> feed(double... values) {
        return feed(detector, values);
    }

    private static List<Decision> feed(SeriesDetector detector, double... values) {
        var decisions = new ArrayList<Decision>();
        for (double value : values) {
            decisions.add(detector.observe(sample(value)));
        }
        return decisions;
    }

    /** The first value at minute 0, the next at minute 1, and so on. */
    private static List<Decision> feedMinutes(SeriesDetector detector, double... values) {
        var decisions = new ArrayList<Decision>();
        for (int minute = 0; minute < values.length; minute++) {
            decisions.add(detector.observe(sampleAt(minute, values[minute])));
        }
        return decisions;
    }

    private static MetricSample sampleAt(int minute, double value) {
        return new MetricSample("checkout", "latency", Instant.parse("2026-11-25T06:00:00Z").plusSeconds(60L * minute),
                value, Map.of());
    }

    private static MetricSample sample(double value) {
        return sample("latency", value);
    }

    private static MetricSample sample(String metric, double value) {
        return new MetricSample("checkout", metric, Instant.parse("2026-11-25T06:00:00Z"), value, Map.of());
    }
}
