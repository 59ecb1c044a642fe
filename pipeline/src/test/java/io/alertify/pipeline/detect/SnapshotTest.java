package io.alertify.pipeline.detect;

import static io.alertify.pipeline.detect.Synthetic.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static double[] series() {
        double[] x = Synthetic.dailyPeak(12 * Synthetic.PER_DAY, 30, 11);
        x[3000] += 25;
        for (int i = 3200; i < x.length; i++) {
            x[i] += 5;
        }
        return x;
    }

    @Test
    void bytesRoundTripContinuesIdentically() {
        assertRoundTrip(true);
    }

    @Test
    void jsonRoundTripContinuesIdentically() {
        assertRoundTrip(false);
    }

    private static void assertRoundTrip(boolean binary) {
        double[] x = series();
        int cut = 2900;
        AdaptiveDetector original = AdaptiveDetector.auto();
        for (int i = 0; i < cut; i++) {
            original.sample(time(i), x[i]);
        }
        AdaptiveDetector restored = AdaptiveDetector.auto();
        if (binary) {
            DetectorSnapshot.restore(restored, DetectorSnapshot.toBytes(original));
        } else {
            DetectorSnapshot.restoreJson(restored, DetectorSnapshot.toJson(original));
        }
        for (int i = cut; i < x.length; i++) {
            assertThat(restored.sample(time(i), x[i])).as("sample %d", i).isEqualTo(original.sample(time(i), x[i]));
        }
    }

    @Test
    void snapshotIsCompact() {
        AdaptiveDetector d = AdaptiveDetector.auto();
        double[] x = series();
        for (int i = 0; i < x.length; i++) {
            d.sample(time(i), x[i]);
        }
        assertThat(DetectorSnapshot.toBytes(d).length).isLessThan(16_000);
    }

    @Test
    void refusesAnotherKind() {
        byte[] bytes = DetectorSnapshot.toBytes(Detectors.create("baseline"));
        assertThatThrownBy(() -> DetectorSnapshot.restore(Detectors.create("auto"), bytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline");
        assertThatThrownBy(() -> DetectorSnapshot.restore(Detectors.create("auto"), new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdStateRoundTrips() {
        Detector a = Detectors.create("threshold:above=10,for=10m");
        a.sample(time(0), 11);
        Detector b = Detectors.create("threshold:above=10,for=10m");
        DetectorSnapshot.restoreJson(b, DetectorSnapshot.toJson(a));
        assertThat(b.sample(time(2), 12)).isEqualTo(a.sample(time(2), 12));
        assertThat(b.sample(time(2), 12).anomalous()).isTrue();
    }

    @Test
    void rcfRoundTripContinuesIdentically() {
        double[] lat = Synthetic.noise(600, 100, 5, 12);
        double[] err = Synthetic.noise(600, 0.01, 0.002, 13);
        RcfDetector original = new RcfDetector(List.of("latency", "errors"), 4, 20, 64);
        for (int i = 0; i < 400; i++) {
            original.sample(time(i), new double[] {lat[i], err[i]});
        }
        RcfDetector restored = new RcfDetector(List.of("latency", "errors"), 4, 20, 64);
        DetectorSnapshot.restore(restored, DetectorSnapshot.toBytes(original));
        for (int i = 400; i < 600; i++) {
            double[] v = {lat[i], err[i]};
            assertThat(restored.sample(time(i), v)).as("sample %d", i).isEqualTo(original.sample(time(i), v));
        }
    }
}
