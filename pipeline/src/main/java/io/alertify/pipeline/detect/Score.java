package io.alertify.pipeline.detect;

/**
 * The verdict of a detector for one sample.
 *
 * @param score     anomaly score in [0, 1]; high only when the sample brings new evidence of an
 *                  anomaly (repeats of an already reported anomaly are damped, see {@link AlertGate})
 * @param anomalous whether the series is in an anomalous state at this sample (stays true while
 *                  an anomaly continues, even when the score is damped)
 * @param reason    short human-readable explanation, empty when nothing is unusual
 */
public record Score(double score, boolean anomalous, String reason) {

    /** A sample with nothing to report (also used during warm-up). */
    public static final Score NONE = new Score(0.0, false, "");

    public Score {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        reason = reason == null ? "" : reason;
    }

    /** Severity that follows the score, for incidents and notifications. */
    public Severity severity() {
        return Severity.of(score);
    }
}
