package io.alertify.pipeline.detect;

/**
 * A periodic profile (daily or weekly) of the expected value, keyed by the position of the
 * timestamp within the period: hour-of-day and day-of-week come from the timestamps themselves,
 * not from row positions, so gaps and irregular sampling do not shift the profile.
 *
 * <p>Each bucket holds a robust exponentially weighted mean of the values seen at that phase on
 * previous periods; updates are clipped at a few residual spreads so one anomalous day does not
 * teach the profile its anomaly. The bucket width is the sampling interval, but never finer than
 * period / {@code maxBuckets}, which bounds memory. Residuals are judged against their own robust
 * spread, and the profile reports itself {@link #ready()} after two whole periods.
 */
final class SeasonalProfile {

    private static final double BUCKET_RATE = 0.2;
    private static final double CLIP = 3.0;

    private final long period;
    private final int maxBuckets;
    private final long offset;
    private final RobustStats residuals;
    private long width;
    private float[] level = new float[0];
    private byte[] visits = new byte[0];
    private long first = Long.MIN_VALUE;
    private long latest = Long.MIN_VALUE;
    private double meanError;
    private final double errorRate;

    SeasonalProfile(long periodMillis, int maxBuckets, long offsetMillis, double residualRate) {
        this.period = periodMillis;
        this.maxBuckets = maxBuckets;
        this.offset = offsetMillis;
        this.residuals = new RobustStats(residualRate, CLIP);
        this.errorRate = residualRate;
    }

    /** Sizes the buckets once the sampling interval is known. */
    void configure(long step) {
        if (width != 0 || step <= 0) {
            return;
        }
        width = Math.max(step, Math.ceilDiv(period, maxBuckets));
        int n = (int) Math.ceilDiv(period, width);
        level = new float[n];
        visits = new byte[n];
    }

    private int bucket(long t) {
        return (int) (Math.floorMod(t + offset, period) / width);
    }

    boolean ready() {
        return width != 0 && latest != Long.MIN_VALUE && latest - first >= 2 * period;
    }

    /** Expected value at t, or NaN when that phase has not been seen yet. */
    double expected(long t) {
        if (width == 0) {
            return Double.NaN;
        }
        int b = bucket(t);
        return visits[b] == 0 ? Double.NaN : level[b];
    }

    /** Residual of x at t standardised by the residual spread, NaN when not yet known. */
    double z(long t, double x) {
        double e = expected(t);
        return Double.isNaN(e) ? Double.NaN : residuals.z(x - e);
    }

    void update(long t, double x) {
        if (width == 0) {
            return;
        }
        if (first == Long.MIN_VALUE) {
            first = t;
        }
        latest = Math.max(latest, t);
        int b = bucket(t);
        if (visits[b] == 0) {
            level[b] = (float) x;
            visits[b] = 1;
            return;
        }
        double r = x - level[b];
        residuals.update(r);
        meanError += Math.max(1.0 / residuals.count(), errorRate) * (Math.abs(r) - meanError);
        double limit = CLIP * residuals.spread();
        if (residuals.count() > 16 && Math.abs(r) > limit) {
            r = Math.copySign(limit, r);
        }
        double a = Math.max(1.0 / (visits[b] + 1), BUCKET_RATE);
        level[b] += (float) (a * r);
        if (visits[b] < Byte.MAX_VALUE) {
            visits[b]++;
        }
    }

    /** Moves the whole profile by delta, used when a level shift has been confirmed. */
    void shift(double delta) {
        for (int i = 0; i < level.length; i++) {
            level[i] += (float) delta;
        }
    }

    /** Mean absolute residual: how well the profile explains the series. */
    double spread() {
        return residuals.spread();
    }

    /** Unclipped mean absolute error of the profile, to compare with the flat baseline's. */
    double meanError() {
        return meanError;
    }

    void save(StateOut out) {
        out.put("width", width).put("first", first).put("latest", latest).put("level", level)
                .put("meanError", meanError);
        long[] v = new long[visits.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = visits[i];
        }
        out.put("visits", v);
        residuals.save(out.child("residuals"));
    }

    void load(StateIn in) {
        width = in.getLong("width");
        first = in.getLong("first");
        latest = in.getLong("latest");
        meanError = in.getDouble("meanError");
        level = in.getFloats("level");
        long[] v = in.getLongs("visits");
        visits = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            visits[i] = (byte) v[i];
        }
        residuals.load(in.child("residuals"));
    }
}
