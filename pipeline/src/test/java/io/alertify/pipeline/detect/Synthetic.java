package io.alertify.pipeline.detect;

import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Synthetic series for tests: 5-minute samples starting on a Monday at midnight UTC. */
final class Synthetic {

    static final long START = 1_396_224_000_000L; // 2014-03-31T00:00:00Z, a Monday
    static final long STEP = 300_000L;
    static final int PER_DAY = 288;

    private Synthetic() {
    }

    static long time(int i) {
        return START + i * STEP;
    }

    /** Gaussian noise around a level. */
    static double[] noise(int n, double level, double sigma, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = level + sigma * r.nextGaussian();
        }
        return x;
    }

    /** A series with a normal weekday-morning peak (08:00-10:00 UTC, +height). */
    static double[] dailyPeak(int n, double height, long seed) {
        double[] x = noise(n, 100, 2, seed);
        for (int i = 0; i < n; i++) {
            if (isMorningPeak(i)) {
                x[i] += height;
            }
        }
        return x;
    }

    static boolean isMorningPeak(int i) {
        int minuteOfDay = (i % PER_DAY) * 5;
        return minuteOfDay >= 8 * 60 && minuteOfDay < 10 * 60;
    }

    /** Runs a fresh detector over x and returns the scores. */
    static Score[] run(Detector d, double[] x) {
        Score[] out = new Score[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = d.sample(time(i), x[i]);
        }
        return out;
    }

    static int countAnomalous(Score[] s, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            if (s[i].anomalous()) {
                c++;
            }
        }
        return c;
    }

    static int firstAnomalous(Score[] s, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i].anomalous()) {
                return i;
            }
        }
        return -1;
    }

    static double[] map(int n, IntToDoubleFunction f) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = f.applyAsDouble(i);
        }
        return x;
    }
}
