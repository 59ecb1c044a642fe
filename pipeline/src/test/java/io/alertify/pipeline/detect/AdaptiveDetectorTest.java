package io.alertify.pipeline.detect;

import static io.alertify.pipeline.detect.Synthetic.countAnomalous;
import static io.alertify.pipeline.detect.Synthetic.firstAnomalous;
import static io.alertify.pipeline.detect.Synthetic.run;
import static io.alertify.pipeline.detect.Synthetic.time;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveDetectorTest {

    private static final int WARM = 500;

    @Test
    void quietOnPlainNoise() {
        Score[] s = run(AdaptiveDetector.auto(), Synthetic.noise(5000, 100, 1, 1));
        assertThat(countAnomalous(s, WARM, s.length)).isZero();
    }

    @Test
    void detectsSpikeAndStaysQuietAround() {
        double[] x = Synthetic.noise(3000, 100, 1, 2);
        x[2500] += 15;
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(s[2500].anomalous()).isTrue();
        assertThat(s[2500].score()).isGreaterThan(0.5);
        assertThat(s[2500].reason()).startsWith("spike");
        assertThat(countAnomalous(s, WARM, 2500)).isZero();
        assertThat(countAnomalous(s, 2501, 3000)).isZero();
    }

    @Test
    void detectsDip() {
        double[] x = Synthetic.noise(3000, 100, 1, 3);
        x[2500] -= 15;
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(s[2500].anomalous()).isTrue();
        assertThat(s[2500].reason()).startsWith("dip");
        assertThat(countAnomalous(s, WARM, 2500)).isZero();
    }

    @Test
    void detectsLevelShiftQuicklyAndReportsItOnce() {
        double[] x = Synthetic.noise(4000, 100, 1, 4);
        for (int i = 2500; i < x.length; i++) {
            x[i] += 5;
        }
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(countAnomalous(s, WARM, 2500)).isZero();
        int first = firstAnomalous(s, 2500);
        assertThat(first).isBetween(2500, 2515);
        // after the shift the new level becomes normal: no alarms once relearned
        assertThat(countAnomalous(s, 3000, 4000)).isZero();
        int reported = 0;
        for (int i = 2500; i < 4000; i++) {
            if (s[i].score() >= 0.5) {
                reported++;
            }
        }
        assertThat(reported).isLessThanOrEqualTo(3);
    }

    @Test
    void normalDailyPeakIsNotAnAnomalyButAMissingOneIs() {
        int days = 14;
        double[] x = Synthetic.dailyPeak(days * Synthetic.PER_DAY, 40, 5);
        int skipDay = 12;
        for (int i = skipDay * Synthetic.PER_DAY; i < (skipDay + 1) * Synthetic.PER_DAY; i++) {
            if (Synthetic.isMorningPeak(i)) {
                x[i] -= 40;
            }
        }
        Score[] s = run(AdaptiveDetector.auto(), x);
        // quiet through the normal peaks once three days have been seen
        assertThat(countAnomalous(s, 3 * Synthetic.PER_DAY, skipDay * Synthetic.PER_DAY)).isZero();
        int first = firstAnomalous(s, skipDay * Synthetic.PER_DAY);
        assertThat(first).isBetween(skipDay * Synthetic.PER_DAY + 96, skipDay * Synthetic.PER_DAY + 100);
        assertThat(s[first].reason()).startsWith("seasonal");
    }

    @Test
    void peakAtAnUnusualHourIsAnAnomaly() {
        double[] x = Synthetic.dailyPeak(10 * Synthetic.PER_DAY, 40, 6);
        int night = 8 * Synthetic.PER_DAY + 36; // 03:00 on day 8
        for (int i = night; i < night + 6; i++) {
            x[i] += 40;
        }
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(firstAnomalous(s, 3 * Synthetic.PER_DAY)).isEqualTo(night);
    }

    @Test
    void slowDriftIsFollowedSilently() {
        double[] x = Synthetic.noise(6000, 100, 1, 7);
        for (int i = 0; i < x.length; i++) {
            x[i] += i * 0.002; // 12 noise-sigmas over the series, but slowly
        }
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(countAnomalous(s, WARM, s.length)).isZero();
    }

    @Test
    void detectsFlatLine() {
        double[] x = Synthetic.noise(3000, 100, 1, 8);
        for (int i = 2500; i < 2600; i++) {
            x[i] = 100.0;
        }
        Score[] s = run(AdaptiveDetector.auto(), x);
        int first = firstAnomalous(s, 2500);
        assertThat(first).isBetween(2503, 2510);
        assertThat(s[first].reason()).startsWith("flat line");
        assertThat(countAnomalous(s, WARM, 2500)).isZero();
    }

    @Test
    void routineIdleRunsOfAMostlyZeroSeriesAreQuietButAStuckValueIsNot() {
        // a job metric: zero while idle (30-60 samples), a few non-zero samples while running
        java.util.Random r = new java.util.Random(11);
        double[] x = new double[6000];
        int i = 0;
        while (i < 4000) {
            i += 30 + r.nextInt(31);
            for (int k = 0; k < 5 && i < 4000; k++, i++) {
                x[i] = 5 + r.nextGaussian();
            }
        }
        // from 4000 on it stays idle: the job stopped running
        Score[] s = run(AdaptiveDetector.auto(), x);
        for (int j = WARM; j < 4000; j++) {
            assertThat(s[j].anomalous() && s[j].reason().startsWith("flat line")).as("row %d", j).isFalse();
        }
        int first = firstAnomalous(s, 4000);
        assertThat(first).isBetween(4060, 4400);
        assertThat(s[first].reason()).startsWith("flat line");
    }

    @Test
    void separateIncidentsDaysApartOnAnHourlySeriesAreBothReported() {
        // 256 hourly samples are more than ten days: the refractory period is capped at one day
        long hour = 3_600_000L;
        double[] x = Synthetic.noise(2000, 100, 1, 12);
        x[1500] += 20;
        x[1620] += 30; // five days later (larger: an equal one would be less surprising, having been seen)
        AdaptiveDetector d = AdaptiveDetector.auto();
        Score[] s = new Score[x.length];
        for (int j = 0; j < x.length; j++) {
            s[j] = d.sample(Synthetic.START + j * hour, x[j]);
        }
        assertThat(s[1500].score()).isGreaterThan(0.5);
        // reported in full (not damped as a repeat), though less surprising than the first
        assertThat(s[1620].anomalous()).isTrue();
        assertThat(s[1620].score()).isGreaterThanOrEqualTo(0.4);
        assertThat(s[1620].reason()).startsWith("spike").doesNotContain("continuing");
        assertThat(countAnomalous(s, WARM, 1500)).isZero();
    }

    @Test
    void repeatsWithinADayAreDamped() {
        double[] x = Synthetic.noise(3000, 100, 1, 13);
        x[2500] += 20;
        x[2620] += 20; // ten hours later at 5-minute sampling: same incident as far as paging goes
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(s[2500].score()).isGreaterThan(0.5);
        assertThat(s[2620].anomalous()).isTrue();
        assertThat(s[2620].score()).isLessThan(0.15);
    }

    @Test
    void aFlatLineLastingTwoDaysIsOneIncidentNotADailyReminder() {
        double[] x = Synthetic.noise(4000, 100, 1, 14);
        for (int i = 2500; i < 2500 + 2 * Synthetic.PER_DAY; i++) {
            x[i] = 100.0;
        }
        Score[] s = run(AdaptiveDetector.auto(), x);
        assertThat(firstAnomalous(s, 2500)).isBetween(2503, 2510);
        // anomalous throughout (the incident stays open) but reported once plus a few escalations
        assertThat(countAnomalous(s, 2510, 2500 + 2 * Synthetic.PER_DAY)).isEqualTo(2 * Synthetic.PER_DAY - 10);
        int reported = 0;
        for (int i = 2500; i < 2500 + 2 * Synthetic.PER_DAY; i++) {
            if (s[i].score() >= 0.25) {
                reported++;
            }
        }
        assertThat(reported).isBetween(1, 6);
    }

    @Test
    void silenceOfARegularSeriesIsAnomalous() {
        AdaptiveDetector d = AdaptiveDetector.auto();
        double[] x = Synthetic.noise(2000, 100, 1, 9);
        run(d, x);
        long last = time(1999);
        assertThat(d.overdue(last + Synthetic.STEP).anomalous()).isFalse();
        Score silent = d.overdue(last + 12 * Synthetic.STEP);
        assertThat(silent.anomalous()).isTrue();
        assertThat(silent.reason()).startsWith("no data");
    }

    @Test
    void gapsDoNotRaiseScoresWhenDataResumes() {
        AdaptiveDetector d = AdaptiveDetector.auto();
        double[] x = Synthetic.noise(3000, 100, 1, 10);
        int anomalous = 0;
        for (int i = 0; i < x.length; i++) {
            long t = time(i) + (i >= 2500 ? 50 * Synthetic.STEP : 0);
            if (i > WARM && d.sample(t, x[i]).anomalous()) {
                anomalous++;
            }
        }
        assertThat(anomalous).isZero();
    }

    @Test
    void scoresStayInRangeForDegenerateInput() {
        AdaptiveDetector d = AdaptiveDetector.auto();
        for (int i = 0; i < 1000; i++) {
            double v = i % 100 == 0 ? 1e300 : 0.0;
            Score s = d.sample(time(i), v);
            assertThat(s.score()).isBetween(0.0, 1.0);
        }
        assertThat(d.sample(time(1000), Double.NaN)).isEqualTo(Score.NONE);
    }
}
