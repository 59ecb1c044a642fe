package io.alertify.pipeline.detect;

import java.util.Arrays;

/**
 * Learns a series' usual sampling interval as the median of the last {@value #SIZE} positive
 * timestamp differences (recomputed every {@value #SIZE} samples, so the cost is amortised O(1)).
 * The median ignores occasional gaps and duplicate timestamps.
 */
final class StepTracker {

    private static final int SIZE = 16;

    private final long[] recent = new long[SIZE];
    private int filled;
    private int next;
    private long step;
    private long last = Long.MIN_VALUE;

    /** Records a timestamp and returns the gap since the previous one in steps (0 when unknown). */
    double observe(long timestamp) {
        double gapInSteps = 0.0;
        if (last != Long.MIN_VALUE) {
            long dt = timestamp - last;
            if (dt > 0) {
                if (step > 0) {
                    gapInSteps = (double) dt / step;
                }
                recent[next] = dt;
                next = (next + 1) % SIZE;
                if (filled < SIZE) {
                    filled++;
                }
                if (next == 0 || step == 0 && filled >= 4) {
                    step = median();
                }
            }
        }
        last = Math.max(last, timestamp);
        return gapInSteps;
    }

    private long median() {
        long[] copy = Arrays.copyOf(recent, filled);
        Arrays.sort(copy);
        return copy[filled / 2];
    }

    /** Usual interval in milliseconds, 0 until known. */
    long step() {
        return step;
    }

    long last() {
        return last;
    }

    void save(StateOut out) {
        out.put("recent", recent).put("filled", filled).put("next", next).put("step", step).put("last", last);
    }

    void load(StateIn in) {
        long[] r = in.getLongs("recent");
        System.arraycopy(r, 0, recent, 0, SIZE);
        filled = in.getInt("filled");
        next = in.getInt("next");
        step = in.getLong("step");
        last = in.getLong("last");
    }
}
