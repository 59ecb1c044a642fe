package io.alertify.pipeline.detect;

/**
 * Two-sided Page CUSUM on standardised residuals, for level shifts that are too small to be
 * spikes but persist. Each input is clipped so a single spike cannot fake a shift. Under
 * unit-scale noise with drift allowance k = 0.5 the statistic exceeds h with probability of
 * about exp(-h), which is why it can be calibrated like a residual.
 *
 * <p>It also keeps Page's estimate of the shift size (k + S/N spreads, N being the samples since
 * the statistic last left zero), so a confirmed change can re-anchor the baseline at once instead
 * of relearning it slowly.
 */
final class PageCusum {

    private static final double DRIFT = 0.5;
    private static final double CLIP = 4.0;

    private double up;
    private double down;
    private int upRun;
    private int downRun;

    /** Adds a standardised residual and returns the larger one-sided statistic. */
    double add(double z) {
        if (Double.isNaN(z)) {
            return statistic();
        }
        double c = Math.max(-CLIP, Math.min(CLIP, z));
        up = Math.max(0.0, up + c - DRIFT);
        upRun = up > 0.0 ? upRun + 1 : 0;
        down = Math.max(0.0, down - c - DRIFT);
        downRun = down > 0.0 ? downRun + 1 : 0;
        return statistic();
    }

    double statistic() {
        return Math.max(up, down);
    }

    /** Estimated shift in spreads (signed), for the side that is currently larger. */
    double shiftEstimate() {
        if (up >= down) {
            return upRun == 0 ? 0.0 : DRIFT + up / upRun;
        }
        return downRun == 0 ? 0.0 : -(DRIFT + down / downRun);
    }

    void reset() {
        up = 0.0;
        down = 0.0;
        upRun = 0;
        downRun = 0;
    }

    void save(StateOut out) {
        out.put("up", up).put("down", down).put("upRun", upRun).put("downRun", downRun);
    }

    void load(StateIn in) {
        up = in.getDouble("up");
        down = in.getDouble("down");
        upRun = in.getInt("upRun");
        downRun = in.getInt("downRun");
    }
}
