package io.alertify.pipeline.detect;

/**
 * Suppresses repeated reports of the same anomaly. Once a score has been reported, later scores
 * are damped for a refractory period unless they escalate clearly above the reported peak.
 *
 * <p>Why: an ongoing anomaly keeps its residuals high for many samples until the baselines adapt;
 * reporting each of them again says nothing new, and alerting systems (and the NAB benchmark) pay
 * for every repeat. The gate does not depend on any alerting threshold: for every threshold, an
 * event yields its first crossing plus at most a few escalations.
 *
 * <p>The refractory period is the configured number of samples (the time the baselines need to
 * absorb a change), but never longer than {@link #MAX_REFRACTORY_MILLIS one day} of the series'
 * usual sampling interval: repeats of one incident cluster within hours, while for a series
 * sampled hourly 256 samples would be more than ten days, long enough to swallow the next,
 * unrelated incident. For series sampled every 5 minutes or faster the sample count decides.
 *
 * <p>While a damped score stays at or above the reported peak, the anomaly is still going on at
 * full strength (a flat line, a stuck value): the refractory period restarts, so a persistent
 * incident is not re-reported just because a period has passed. It is re-reported only when it
 * escalates; {@code anomalous} stays true throughout, so the incident stays open.
 */
final class AlertGate {

    /** Scores below this are noise and do not start a refractory period. */
    private static final double ARM = 0.15;
    /** How much a score must exceed the reported peak to be reported again. */
    private static final double ESCALATION = 0.1;
    /** Damped scores stay visible in plots but below any sensible alerting threshold. */
    private static final double DAMPING = 0.1;
    /** Longest refractory period in time. */
    static final long MAX_REFRACTORY_MILLIS = 86_400_000L;

    private final int refractory;
    private final boolean persistence;
    private double peak;
    private int since = Integer.MAX_VALUE;

    AlertGate(int refractorySamples) {
        this(refractorySamples, true);
    }

    /**
     * @param persistence whether a damped score at or above the reported peak restarts the period
     *                    (right for calibrated scores that stay high while an incident lasts; not
     *                    for scores that are merely noisy at a high level, such as RCF's)
     */
    AlertGate(int refractorySamples, boolean persistence) {
        this.refractory = refractorySamples;
        this.persistence = persistence;
    }

    /** Returns the score to report for a raw score, with the sampling interval unknown. */
    double apply(double raw) {
        return apply(raw, 0L);
    }

    /**
     * Returns the score to report for a raw score.
     *
     * @param stepMillis the series' usual sampling interval, 0 when not known yet
     */
    double apply(double raw, long stepMillis) {
        int period = refractory;
        if (stepMillis > 0) {
            period = (int) Math.min(period, Math.ceilDiv(MAX_REFRACTORY_MILLIS, stepMillis));
        }
        if (since < period) {
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
        if (persistence && raw >= peak) {
            // still at least as strong as reported: the same incident goes on, keep it quiet
            since = 0;
        }
        return raw * DAMPING;
    }

    void save(StateOut out) {
        out.put("peak", peak).put("since", since);
    }

    void load(StateIn in) {
        peak = in.getDouble("peak");
        since = in.getInt("since");
    }
}
