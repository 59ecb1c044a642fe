package io.alertify.pipeline.detect;

/**
 * Severity derived from an anomaly score. The cut points are on the surprise scale used by
 * {@link Surprise#toScore(double)}: 0.5 is a one-in-ten-thousand event, 0.75 one in 10^8,
 * 0.875 one in 10^12.
 */
public enum Severity {
    NONE, INFO, WARNING, CRITICAL;

    public static Severity of(double score) {
        if (score >= 0.875) {
            return CRITICAL;
        }
        if (score >= 0.75) {
            return WARNING;
        }
        if (score >= 0.5) {
            return INFO;
        }
        return NONE;
    }
}
