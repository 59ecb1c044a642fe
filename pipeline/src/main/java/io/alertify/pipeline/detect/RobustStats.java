package io.alertify.pipeline.detect;

/**
 * Streaming robust location and spread: a Huber-clipped exponentially weighted mean and the
 * exponentially weighted mean absolute deviation with the same clipping.
 *
 * <p>Clipping each update at {@code clip} spreads means a single outlier moves the estimates by at
 * most {@code rate * clip * spread}, so spikes do not inflate the baseline they are judged against,
 * while a persistent change is still absorbed over about {@code 1 / rate} samples. The spread is
 * the mean absolute deviation (the scale of a Laplace distribution), which is less sensitive to
 * heavy tails than a standard deviation. O(1) time and three numbers of state.
 */
final class RobustStats {

    /** Samples averaged without clipping, before the spread is trustworthy. */
    private static final int WARMUP = 16;

    private final double rate;
    private final double clip;
    private double location;
    private double spread;
    private long count;

    RobustStats(double rate, double clip) {
        this.rate = rate;
        this.clip = clip;
    }

    void update(double x) {
        count++;
        if (count == 1) {
            location = x;
            spread = 0.0;
            return;
        }
        double a = Math.max(1.0 / count, rate);
        double d = x - location;
        double ad = Math.abs(d);
        if (count > WARMUP) {
            double limit = clip * Math.max(spread, floor());
            if (ad > limit) {
                d = Math.copySign(limit, d);
                ad = limit;
            }
        }
        location += a * d;
        spread += a * (ad - spread);
    }

    /** Standardised deviation of x from the location, in spreads; 0 before any data. */
    double z(double x) {
        if (count == 0) {
            return 0.0;
        }
        return (x - location) / scale();
    }

    /** The spread used to standardise: the spread, but at least {@link #floor()}. */
    double scale() {
        return Math.max(spread, floor());
    }

    /**
     * Smallest spread used for standardising: a series that has been exactly constant has zero
     * spread, and any change would otherwise be infinitely surprising. The empirical calibration in
     * {@link TailCalibrator} then decides how unusual such changes are for this series.
     */
    private double floor() {
        return 1e-9 * Math.abs(location) + 1e-12;
    }

    /** Moves the location by delta, used when a change point has been confirmed. */
    void shift(double delta) {
        location += delta;
    }

    double location() {
        return location;
    }

    double spread() {
        return spread;
    }

    long count() {
        return count;
    }

    void save(StateOut out) {
        out.put("location", location).put("spread", spread).put("count", count);
    }

    void load(StateIn in) {
        location = in.getDouble("location");
        spread = in.getDouble("spread");
        count = in.getLong("count");
    }
}
