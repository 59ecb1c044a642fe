package io.alertify.pipeline.detect;

/**
 * Turns a non-negative anomaly statistic into a surprise (-ln of its tail probability) using the
 * series' own history of that statistic.
 *
 * <p>Past values are kept in a histogram with logarithmic bins and exponential forgetting. Inside
 * the bulk of the distribution the tail probability is the empirical fraction of past values at
 * least as large. Beyond the top {@value #TAIL_FRACTION} of the history the histogram is too thin
 * to use, so the tail is extrapolated as in peaks-over-threshold extreme value theory (as in the
 * SPOT detector of Siffer et al., KDD 2017), with an exponential tail whose scale is the mean
 * excess over that threshold: {@code p(x) = P(X > u) * exp(-(x - u) / meanExcess)}. So a
 * statistic that is routinely large for this series (hourly spikes, a wandering level) is not
 * surprising, and a value beyond everything seen is ranked by how far it goes in units of this
 * series' own extremes, not by an assumed distribution. Constant memory ({@value #BINS} doubles).
 */
final class TailCalibrator {

    static final int BINS = 32;
    /** Fraction of the history above the extrapolation threshold u. */
    static final double TAIL_FRACTION = 0.02;
    /** Lower edge of bin 1; everything below lands in bin 0. */
    private static final double BASE = 0.25;
    private static final double RATIO = Math.sqrt(2.0);
    private static final double LOG_RATIO = Math.log(RATIO);
    /** Statistics are capped here: beyond, more magnitude says nothing more. */
    static final double CAP = BASE * Math.pow(RATIO, BINS - 1);
    /** Smallest mean excess, in the statistic's own units, so a one-valued history is not a wall. */
    private static final double MIN_EXCESS = 0.5;

    private final double keep;
    private final double[] weights = new double[BINS];
    /** Weights are stored scaled by 1/unit, so forgetting is O(1): unit grows instead. */
    private double unit = 1.0;
    private double total;

    /** @param halfLife number of samples after which a past value counts half */
    TailCalibrator(double halfLife) {
        this.keep = Math.pow(0.5, 1.0 / halfLife);
    }

    static int bin(double x) {
        if (!(x >= BASE)) {
            return 0;
        }
        int b = 1 + (int) (Math.log(x / BASE) / LOG_RATIO);
        return Math.min(b, BINS - 1);
    }

    private static double lowerEdge(int b) {
        return b == 0 ? 0.0 : BASE * Math.pow(RATIO, b - 1);
    }

    private static double centre(int b) {
        return b == 0 ? BASE / 2 : lowerEdge(b) * Math.sqrt(RATIO);
    }

    /** Surprise of x in nats given the history so far; x is not added. */
    double surprise(double x) {
        if (!(x > 0.0) || total <= 0.0) {
            return 0.0;
        }
        x = Math.min(x, CAP);
        double n = total + 1.0 / unit;
        // threshold bin: the lowest bin such that the mass from it upwards is still in the tail
        double above = 0.0;
        int u = BINS;
        while (u > 1 && above + weights[u - 1] <= TAIL_FRACTION * total) {
            above += weights[--u];
        }
        int b = bin(x);
        if (b < u) {
            double tail = 0.5 * weights[b];
            for (int i = b + 1; i < BINS; i++) {
                tail += weights[i];
            }
            return -Math.log((tail + 1.0 / unit) / n);
        }
        double edge = lowerEdge(u);
        double excess = 0.0;
        for (int i = u; i < BINS; i++) {
            excess += weights[i] * (centre(i) - edge);
        }
        double meanExcess = above > 0.0 ? excess / above : 0.0;
        meanExcess = Math.max(meanExcess, Math.max(MIN_EXCESS, 0.25 * edge));
        return -Math.log((above + 1.0 / unit) / n) + (x - edge) / meanExcess;
    }

    void add(double x) {
        unit *= keep;
        if (unit < 1e-200) {
            renormalise();
        }
        double w = 1.0 / unit;
        weights[bin(Double.isNaN(x) ? 0.0 : x)] += w;
        total += w;
    }

    private void renormalise() {
        for (int i = 0; i < BINS; i++) {
            weights[i] *= unit;
        }
        total *= unit;
        unit = 1.0;
    }

    /**
     * Saving renormalises in place; that only changes rounding, and it makes the saved instance and
     * one restored from the snapshot continue bit-identically.
     */
    void save(StateOut out) {
        renormalise();
        out.put("weights", weights).put("total", total);
    }

    void load(StateIn in) {
        double[] w = in.getDoubles("weights");
        if (w.length != BINS) {
            throw new IllegalStateException("calibrator snapshot has " + w.length + " bins");
        }
        System.arraycopy(w, 0, weights, 0, BINS);
        total = in.getDouble("total");
        unit = 1.0;
    }
}
