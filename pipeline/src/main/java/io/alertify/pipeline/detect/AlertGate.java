package io.alertify.pipeline.detect;

/**
 * Suppresses repeated reports of the same anomaly. Once a score has been reported, later scores
 * are damped for a refractory period unless they escalate clearly above the reported peak.
 *
 * <p>Why: an ongoing anomaly keeps its residuals high for many samples until the baselines adapt;
 * reporting each of them again says nothing new, and alerting systems (and the NAB benchmark) pay
 * for every repeat. The gate does not depend on any alerting threshold: for every threshold, an
 * event yields its first crossing plus at most a few escalations.
 */
final class AlertGate {

    /** Scores below this are noise and do not start a refractory period. */
    private static final double ARM = 0.15;
    /** How much a score must exceed the reported peak to be reported again. */
    private static final double ESCALATION = 0.1;
    /** Damped scores stay visible in plots but below any sensible alerting threshold. */
    private static final double DAMPING = 0.1;

    private final int refractory;
    private double peak;
    private int since = Integer.MAX_VALUE;

    AlertGate(int refractorySamples) {
        this.refractory = refractorySamples;
    }

    /** Returns the score to report for a raw score. */
    double apply(double raw) {
        if (since < refractory) {
            since++;
        } else {
            peak = 0.0;
        }
        if (raw >= ARM && raw > peak + ESCALATION || raw < ARM && peak == 0.0) {
            if (raw >= ARM) {
                peak = raw;
                since = 0;
            }
            return raw;
        }
        return raw * DAMPING;
    }

    /** Whether the last raw score was damped because an anomaly was already reported. */
    boolean inRefractory() {
        return peak > 0.0;
    }

    void save(StateOut out) {
        out.put("peak", peak).put("since", since);
    }

    void load(StateIn in) {
        peak = in.getDouble("peak");
        since = in.getInt("since");
    }
}
