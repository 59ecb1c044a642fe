package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.detect.Detector;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.Score;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.Finding;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * One series under anomaly detection: the detector scores each sample, the flap damper turns the
 * scores into at most one open incident per episode, and only anomalies of at least the minimum
 * severity count, so a noisy series does not page anyone.
 */
final class AnomalySeriesDetector implements SeriesDetector {

    private static final Score QUIET = Score.NONE;

    private final String id;
    private final String spec;
    private final Detector detector;
    private final FlapDamper damper;
    private final Severity minimum;
    private final Duration learnFor;
    private Instant firstSeen;
    private MetricSample last;
    private Score peak = QUIET;

    AnomalySeriesDetector(String id, String spec, Detector detector, FlapDamper damper, Severity minimum,
            Duration learnFor) {
        this.id = id;
        this.spec = spec;
        this.detector = detector;
        this.damper = damper;
        this.minimum = minimum;
        this.learnFor = learnFor;
    }

    @Override
    public Decision observe(MetricSample sample) {
        if (firstSeen == null) {
            firstSeen = sample.timestamp();
        }
        last = sample;
        return decide(sample, sample.timestamp(), detector.sample(sample.timestamp().toEpochMilli(), sample.value()));
    }

    /** Silence of a series that normally reports is scored like a sample of it. */
    @Override
    public Decision overdue(Instant now) {
        if (last == null || !now.isAfter(last.timestamp())) {
            return Decision.NOTHING;
        }
        return decide(last, now, detector.overdue(now.toEpochMilli()));
    }

    private Decision decide(MetricSample sample, Instant at, Score score) {
        var learning = at.isBefore(firstSeen.plus(learnFor));
        // The minimum severity decides whether an incident opens; once open, every anomalous sample
        // keeps it open (later scores of the same anomaly are damped, not milder).
        var counts = !learning && score.anomalous() && (damper.isOpen() || isAtLeast(severityOf(score), minimum));
        if (counts && score.score() >= peak.score()) {
            peak = score;
        }
        return switch (damper.onSample(at, counts ? score : QUIET)) {
            case OPENED, REOPENED -> new Decision.Fire(finding(sample, peak));
            case CLOSED -> recovered(sample);
            case NONE, UPDATED -> Decision.NOTHING;
        };
    }

    Detector detector() {
        return detector;
    }

    /** When this series was first seen, for the learning period; null before the first sample. */
    Instant firstSeen() {
        return firstSeen;
    }

    void firstSeen(Instant instant) {
        this.firstSeen = instant;
    }

    private Decision recovered(MetricSample sample) {
        var finding = finding(sample, peak);
        peak = QUIET;
        return new Decision.Recover(finding);
    }

    private Finding finding(MetricSample sample, Score score) {
        var reason = score.reason().isBlank() ? "unusual values" : score.reason();
        return new Finding(id, severityOf(score), sample.metric() + " anomaly (" + spec + ")",
                "%s: %s (last %s, score %.2f)".formatted(sample.metric(), reason, format(sample.value()),
                        score.score()));
    }

    /**
     * A statistical anomaly is at most {@code error}: only a rule someone wrote (a threshold) may
     * declare a problem critical.
     */
    static Severity severityOf(Score score) {
        return switch (score.severity()) {
            case CRITICAL -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO, NONE -> Severity.INFO;
        };
    }

    private static boolean isAtLeast(Severity severity, Severity minimum) {
        return severity.ordinal() <= minimum.ordinal();
    }

    /** Four significant digits: what a person reads at a glance (159.4, 0.0523, 12840). */
    private static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return "anomaly detector " + spec + (firstSeen == null ? "" : " since " + firstSeen);
    }
}
