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

    /**
     * The severity of the incident an anomaly this strong opens: at most {@code error}, because only a rule
     * someone wrote may declare a problem critical.
     */
    public io.alertify.pipeline.rules.Severity incident() {
        return switch (this) {
            case CRITICAL -> io.alertify.pipeline.rules.Severity.ERROR;
            case WARNING -> io.alertify.pipeline.rules.Severity.WARNING;
            case INFO, NONE -> io.alertify.pipeline.rules.Severity.INFO;
        };
    }

    /** Whether an anomaly this strong may open an incident where incidents open from {@code minimum} up. */
    public boolean opens(io.alertify.pipeline.rules.Severity minimum) {
        return incident().ordinal() <= minimum.ordinal();
    }
}
