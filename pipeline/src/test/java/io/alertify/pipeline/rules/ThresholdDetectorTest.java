package io.alertify.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.bus.MetricSample;
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
        var decisions = new ArrayList<Decision>();
        for (double value : values) {
            decisions.add(detector.observe(sample(value)));
        }
        return decisions;
    }

    private static MetricSample sample(double value) {
        return sample("latency", value);
    }

    private static MetricSample sample(String metric, double value) {
        return new MetricSample("checkout", metric, Instant.parse("2026-11-25T06:00:00Z"), value, Map.of());
    }
}
