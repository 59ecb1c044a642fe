package io.alertify.pipeline.detect;

import static io.alertify.pipeline.detect.Synthetic.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RcfDetectorTest {

    /** Latency and error rate of one service, scored together; the attribution names the culprit. */
    @Test
    void detectsAnomalyAcrossMetricsAndNamesTheMetric() {
        Random r = new Random(21);
        RcfDetector d = new RcfDetector(List.of("latency_ms", "error_rate"), 1, 50, 256);
        int n = 2000;
        int quietAlarms = 0;
        for (int i = 0; i < n; i++) {
            double load = r.nextGaussian();
            double latency = 200 + 40 * load + 4 * r.nextGaussian();
            double errors = 0.02 + 0.004 * load + 0.0004 * r.nextGaussian();
            Score s = d.sample(time(i), new double[] {latency, errors});
            if (i > 500 && s.anomalous()) {
                quietAlarms++;
            }
        }
        Score s = d.sample(time(n), new double[] {210, 0.2});
        assertThat(s.anomalous()).isTrue();
        assertThat(s.reason()).startsWith("rcf").contains("error_rate");
        assertThat(quietAlarms).isLessThanOrEqualTo(3);
    }
}
