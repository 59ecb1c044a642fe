package io.alertify.pipeline.detect;

import static io.alertify.pipeline.detect.Synthetic.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code threshold:} spec: the processor's threshold rule behind the detector interface. Samples are 5 minutes apart. */
class RuleDetectorTest {

    @Test
    void scoresOneWhileTheRuleFiresAndNothingOtherwise() {
        Detector d = Detectors.create("threshold:above=500,for=3,recover=2,recover-at=400");

        assertThat(d.kind()).isEqualTo("threshold");
        assertThat(d.sample(time(0), 730)).isEqualTo(Score.NONE);
        assertThat(d.sample(time(1), 740)).isEqualTo(Score.NONE);
        assertThat(d.sample(time(2), 750))
                .isEqualTo(new Score(1.0, true, "value > 500 for 3 samples, recovers at <= 400 (last 750)"));
        assertThat(d.sample(time(3), 450).anomalous()).as("between the thresholds").isTrue();
        assertThat(d.sample(time(4), 390).anomalous()).as("one sample back").isTrue();
        assertThat(d.sample(time(5), 380)).isEqualTo(Score.NONE);
    }

    @Test
    void defaultsToOneSampleEachWay() {
        Detector d = Detectors.create("threshold:below=10");

        assertThat(d.sample(time(0), 9).anomalous()).isTrue();
        assertThat(d.sample(time(1), 10).anomalous()).isFalse();
    }

    @Test
    void forWithAUnitIsHowLongTheBreachMustLast() {
        Detector d = Detectors.create("threshold:above=90,for=10m");

        assertThat(d.sample(time(0), 95).anomalous()).isFalse();
        assertThat(d.sample(time(1), 95).anomalous()).isFalse();
        assertThat(d.sample(time(2), 95).anomalous()).as("10 minutes").isTrue();
    }

    @Test
    void keepHoldsTheFiringStateThroughAShortDip() {
        Detector d = Detectors.create("threshold:above=90,keep=15m");
        d.sample(time(0), 95);

        assertThat(List.of(d.sample(time(1), 50), d.sample(time(2), 50))).allMatch(Score::anomalous);
        assertThat(d.sample(time(3), 50).anomalous()).as("15 minutes after the breach").isFalse();
    }

    @Test
    void aMissingSampleChangesNothing() {
        Detector d = Detectors.create("threshold:above=500");
        d.sample(time(0), 700);

        assertThat(d.sample(time(1), Double.NaN))
                .isEqualTo(new Score(1.0, true, "value > 500 for 1 sample (no value)"));
        assertThat(d.sample(time(2), 700).anomalous()).isTrue();
        assertThat(Detectors.create("threshold:above=500").sample(time(0), Double.NaN)).isEqualTo(Score.NONE);
    }

    @Test
    void refusesSpecsTheRuleWouldRefuse() {
        assertThatThrownBy(() -> Detectors.create("threshold:upper=90"))
                .hasMessage("unknown option(s) for threshold: [upper]; known: above, below, for, recover, recover-at, keep");
        assertThatThrownBy(() -> Detectors.create("threshold:for=3"))
                .hasMessage("rule 'threshold': set exactly one of above or below");
        assertThatThrownBy(() -> Detectors.create("threshold:above=500,recover-at=600"))
                .hasMessage("rule 'threshold': recover-at 600 must be at or below the threshold, above 500");
        assertThatThrownBy(() -> Detectors.create("threshold:above=500,recover=0"))
                .hasMessageContaining("must be at least 1");
        assertThat(Detectors.names()).contains("threshold");
    }

    @Test
    void aSnapshotMidStreakContinuesIdentically() {
        // two breaching samples, 5 minutes apart: the restored detector must still know when the breach began
        assertContinuesIdentically("threshold:above=500,for=20m,recover=2,recover-at=400,keep=30m",
                new double[] {700, 700}, new double[] {700, 700, 700, 450, 300, 300, 700, 300, 300, 300, 300, 300, 300, 300});
    }

    @Test
    void aSnapshotWhileFiringContinuesIdentically() {
        // firing with one good sample: the restored detector must still know the streak and the last breach
        assertContinuesIdentically("threshold:below=10,for=10m,recover=2,recover-at=20,keep=15m",
                new double[] {5, 5, 5, 25}, new double[] {25, 5, 25, 25, 25, 25, 25, 5, 5, 5});
    }

    /**
     * Feeds {@code before} to a detector, restores its snapshot (binary and JSON) into fresh ones of the same
     * spec, then feeds {@code after} to all three.
     */
    private static void assertContinuesIdentically(String spec, double[] before, double[] after) {
        Detector original = Detectors.create(spec);
        int t = 0;
        for (double v : before) {
            original.sample(time(t++), v);
        }
        Detector fromBytes = Detectors.create(spec);
        Detector fromJson = Detectors.create(spec);
        DetectorSnapshot.restore(fromBytes, DetectorSnapshot.toBytes(original));
        DetectorSnapshot.restoreJson(fromJson, DetectorSnapshot.toJson(original));

        var expected = new ArrayList<Score>();
        var restoredFromBytes = new ArrayList<Score>();
        var restoredFromJson = new ArrayList<Score>();
        for (double v : after) {
            expected.add(original.sample(time(t), v));
            restoredFromBytes.add(fromBytes.sample(time(t), v));
            restoredFromJson.add(fromJson.sample(time(t), v));
            t++;
        }
        assertThat(expected).extracting(Score::anomalous).contains(true, false);
        assertThat(restoredFromBytes).isEqualTo(expected);
        assertThat(restoredFromJson).isEqualTo(expected);
    }
}
