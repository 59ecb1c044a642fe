package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.Score;
import io.alertify.pipeline.rules.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * What turns a detector's scores into incidents, the same for one series and for a group of metrics:
 * nothing opens while the series is learning, an incident opens only at the minimum severity and then
 * stays open for every anomalous sample (later scores of the same anomaly are damped, not milder), and
 * the flap damper decides when it opens and closes. Remembers the peak score, for the finding.
 */
final class AnomalyGate {

    private final FlapDamper damper;
    private final Severity minimum;
    private final Duration learnFor;
    private Instant firstSeen;
    private Instant learningEnds;
    private Score peak = Score.NONE;

    AnomalyGate(FlapDamper damper, Severity minimum, Duration learnFor) {
        this.damper = damper;
        this.minimum = minimum;
        this.learnFor = learnFor;
    }

    /** Feeds one score; the first call starts the learning period. */
    FlapDamper.Transition offer(Instant at, Score score) {
        if (firstSeen == null) {
            firstSeen(at);
        }
        var counts = !at.isBefore(learningEnds) && score.anomalous()
                && (damper.isOpen() || score.severity().opens(minimum));
        if (counts && score.score() >= peak.score()) {
            peak = score;
        }
        return damper.onSample(at, counts ? score : Score.NONE);
    }

    /** See {@link FlapDamper#resumeOpen}. */
    void resumeOpen(Instant openedAt) {
        damper.resumeOpen(openedAt);
    }

    Score peak() {
        return peak;
    }

    /** After an incident closed: the next one starts its own peak. */
    void forgetPeak() {
        peak = Score.NONE;
    }

    /** When the series was first seen, for the learning period; null before the first score. */
    Instant firstSeen() {
        return firstSeen;
    }

    void firstSeen(Instant instant) {
        firstSeen = instant;
        learningEnds = instant == null ? null : instant.plus(learnFor);
    }

    /** Four significant digits: what a person reads at a glance (159.4, 0.0523, 12840). */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
