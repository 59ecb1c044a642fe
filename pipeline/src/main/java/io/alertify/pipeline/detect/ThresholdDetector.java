package io.alertify.pipeline.detect;

import java.util.Locale;

/**
 * Static thresholds with hysteresis: a breach must last {@code for} before firing, firing
 * continues until the value is back past the recovery threshold, and then for
 * {@code keep-firing-for} longer. While pending the score is 0.25; while firing it is 0.5 plus up to
 * 0.5 more as the breach grows to twice the threshold's distance from zero, so severity follows
 * how far the value is over the line.
 */
public final class ThresholdDetector implements Detector {

    private static final long NONE = Long.MIN_VALUE;

    private final ThresholdRule rule;
    private long breachSince = NONE;
    private long clearSince = NONE;
    private boolean firing;

    public ThresholdDetector(ThresholdRule rule) {
        this.rule = rule;
    }

    @Override
    public String kind() {
        return "threshold";
    }

    @Override
    public Score sample(long t, double x) {
        if (Double.isNaN(x)) {
            return firing ? new Score(0.5, true, "threshold: firing (no value)") : Score.NONE;
        }
        boolean high = !Double.isNaN(rule.upper()) && x > (firing ? rule.recoverUpper() : rule.upper());
        boolean low = !Double.isNaN(rule.lower()) && x < (firing ? rule.recoverLower() : rule.lower());
        boolean breach = high || low;
        if (breach) {
            clearSince = NONE;
            if (breachSince == NONE) {
                breachSince = t;
            }
            if (!firing && t - breachSince >= rule.forMillis()) {
                firing = true;
            }
        } else {
            breachSince = NONE;
            if (firing) {
                if (clearSince == NONE) {
                    clearSince = t;
                }
                if (t - clearSince >= rule.keepFiringMillis()) {
                    firing = false;
                    clearSince = NONE;
                }
            }
        }
        if (firing) {
            double limit = high || Double.isNaN(rule.lower()) ? rule.upper() : rule.lower();
            double excess = breach ? Math.abs(x - limit) / Math.max(Math.abs(limit), 1e-12) : 0.0;
            double score = 0.5 + 0.5 * Math.min(1.0, excess);
            String side = high ? "above " + fmt(rule.upper()) : low ? "below " + fmt(rule.lower()) : "recovering";
            return new Score(score, true, "threshold: " + fmt(x) + " " + side);
        }
        if (breach) {
            return new Score(0.25, false, "threshold: pending for " + fmt(x));
        }
        return Score.NONE;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    @Override
    public void snapshot(StateOut out) {
        out.put("breachSince", breachSince).put("clearSince", clearSince).put("firing", firing);
    }

    @Override
    public void restore(StateIn in) {
        breachSince = in.getLong("breachSince");
        clearSince = in.getLong("clearSince");
        firing = in.getBoolean("firing");
    }
}
