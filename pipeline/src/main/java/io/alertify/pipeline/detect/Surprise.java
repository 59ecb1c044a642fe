package io.alertify.pipeline.detect;

/**
 * Conversions between tail probabilities, surprise (-ln p, in nats) and scores in [0, 1].
 *
 * <p>The score is {@code 1 - 2^(-S / S_half)} with {@code S_half = ln(10^4)}: a one-in-ten-thousand
 * event scores 0.5, one in 10^8 scores 0.75, one in 10^12 scores 0.875. The mapping is monotone and
 * never saturates, so scores of different series remain comparable and rankable.
 */
public final class Surprise {

    /** Surprise of a one-in-ten-thousand event. */
    public static final double HALF_SCORE_SURPRISE = Math.log(1e4);

    private static final double LN2 = Math.log(2.0);

    private Surprise() {
    }

    public static double toScore(double surprise) {
        if (!(surprise > 0.0)) {
            return 0.0;
        }
        double s = 1.0 - Math.exp(-LN2 * surprise / HALF_SCORE_SURPRISE);
        return Math.min(1.0, s);
    }

    public static double fromScore(double score) {
        if (score <= 0.0) {
            return 0.0;
        }
        if (score >= 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        return -Math.log(1.0 - score) * HALF_SCORE_SURPRISE / LN2;
    }
}
