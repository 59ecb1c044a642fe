package io.alertify.pipeline.detect;

import static io.alertify.pipeline.detect.Synthetic.time;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThresholdDetectorTest {

    @Test
    void firesOnlyAfterForAndKeepsFiringUntilRecoveryAndKeepPeriod() {
        Detector d = Detectors.create("threshold:upper=90,for=10m,keep=10m,recover=80");
        assertThat(d.sample(time(0), 95).anomalous()).isFalse();    // pending
        assertThat(d.sample(time(0), 95).score()).isEqualTo(0.25);
        assertThat(d.sample(time(1), 95).anomalous()).isFalse();    // 5 minutes
        assertThat(d.sample(time(2), 95).anomalous()).isTrue();     // 10 minutes: fires
        assertThat(d.sample(time(3), 85).anomalous()).isTrue();     // below 90 but above recovery 80
        assertThat(d.sample(time(4), 75).anomalous()).isTrue();     // recovered, keep-firing starts
        assertThat(d.sample(time(5), 75).anomalous()).isTrue();
        assertThat(d.sample(time(6), 75).anomalous()).isFalse();    // 10 minutes after recovery
    }

    @Test
    void shortBreachNeverFires() {
        Detector d = Detectors.create("threshold:upper=90,for=10m");
        d.sample(time(0), 95);
        d.sample(time(1), 50);
        assertThat(d.sample(time(2), 95).anomalous()).isFalse();
    }

    @Test
    void lowerBoundAndSeverityFollowsExcess() {
        Detector d = Detectors.create("threshold:lower=10");
        Score mild = d.sample(time(0), 9);
        Score deep = d.sample(time(1), 1);
        assertThat(mild.anomalous()).isTrue();
        assertThat(deep.score()).isGreaterThan(mild.score());
        assertThat(deep.severity()).isEqualTo(Severity.CRITICAL);
    }
}
