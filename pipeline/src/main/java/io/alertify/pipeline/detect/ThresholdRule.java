package io.alertify.pipeline.detect;

/**
 * A static threshold with hysteresis, in the style of Prometheus alerting rules.
 *
 * @param upper           fire while value > upper (NaN: no upper bound)
 * @param lower           fire while value < lower (NaN: no lower bound)
 * @param forMillis       the condition must hold this long before firing ("for")
 * @param keepFiringMillis keep firing this long after the condition clears ("keep_firing_for")
 * @param recoverUpper    once firing above upper, clear only when value <= recoverUpper
 *                        (NaN: same as upper); a gap between the two stops flapping at the line
 * @param recoverLower    once firing below lower, clear only when value >= recoverLower (NaN: lower)
 */
public record ThresholdRule(double upper, double lower, long forMillis, long keepFiringMillis,
                            double recoverUpper, double recoverLower) {

    public ThresholdRule {
        if (Double.isNaN(upper) && Double.isNaN(lower)) {
            throw new IllegalArgumentException("a threshold rule needs an upper or a lower bound");
        }
        if (forMillis < 0 || keepFiringMillis < 0) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (Double.isNaN(recoverUpper)) {
            recoverUpper = upper;
        }
        if (Double.isNaN(recoverLower)) {
            recoverLower = lower;
        }
        if (!Double.isNaN(upper) && recoverUpper > upper || !Double.isNaN(lower) && recoverLower < lower) {
            throw new IllegalArgumentException("recovery thresholds must lie on the normal side of the thresholds");
        }
    }

    public static ThresholdRule above(double upper) {
        return new ThresholdRule(upper, Double.NaN, 0, 0, Double.NaN, Double.NaN);
    }

    public static ThresholdRule below(double lower) {
        return new ThresholdRule(Double.NaN, lower, 0, 0, Double.NaN, Double.NaN);
    }

    public ThresholdRule withFor(long millis) {
        return new ThresholdRule(upper, lower, millis, keepFiringMillis, recoverUpper, recoverLower);
    }

    public ThresholdRule withKeepFiring(long millis) {
        return new ThresholdRule(upper, lower, forMillis, millis, recoverUpper, recoverLower);
    }

    public ThresholdRule withRecovery(double recoverUpper, double recoverLower) {
        return new ThresholdRule(upper, lower, forMillis, keepFiringMillis, recoverUpper, recoverLower);
    }
}
