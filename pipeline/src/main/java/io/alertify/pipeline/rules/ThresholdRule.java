package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A threshold on one metric, with hysteresis on both edges. It fires after {@code forSamples}
 * consecutive samples beyond the threshold that also span at least {@code forDuration}. It recovers
 * after {@code recoverSamples} consecutive samples back at the recovery threshold, but not sooner than
 * {@code keepFiringFor} after the last sample that was not. Exactly one of {@code above} and
 * {@code below} is set. Durations are measured in sample timestamps, so replaying old data behaves
 * like the live run did.
 *
 * @param recoverAt     the recovery threshold: an above rule recovers at or below it, a below rule at or
 *                      above it; null means the threshold itself. A gap between the two keeps a value
 *                      wandering around the threshold from flapping
 * @param service       only this service, or every service when null
 * @param forDuration   how long a breach must last before the rule fires, like Prometheus' {@code for}
 * @param keepFiringFor how long a firing rule stays firing after its last bad sample, like Prometheus'
 *                      {@code keep_firing_for}: a short dip does not resolve the incident
 */
public record ThresholdRule(String id, String metric, Double above, Double below, int forSamples,
                            int recoverSamples, Severity severity, String service, Double recoverAt,
                            Duration forDuration, Duration keepFiringFor) implements DetectorDefinition {

    public ThresholdRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("rule '" + id + "': metric must not be blank");
        }
        if ((above == null) == (below == null)) {
            throw new IllegalArgumentException("rule '" + id + "': set exactly one of above or below");
        }
        if (!Double.isFinite(above != null ? above : below)) {
            throw new IllegalArgumentException("rule '" + id + "': the threshold must be a finite number");
        }
        if (forSamples < 1 || recoverSamples < 1) {
            throw new IllegalArgumentException("rule '" + id + "': for-samples and recover-samples must be at least 1");
        }
        Objects.requireNonNull(severity, "severity");
        service = service == null || service.isBlank() ? null : service;
        checkRecoverAt(id, above, below, recoverAt);
        forDuration = notNegative(id, "for", forDuration);
        keepFiringFor = notNegative(id, "keep-firing-for", keepFiringFor);
    }

    /** A rule without a recovery threshold or durations: the shape most rules have. */
    public ThresholdRule(String id, String metric, Double above, Double below, int forSamples, int recoverSamples,
                         Severity severity, String service) {
        this(id, metric, above, below, forSamples, recoverSamples, severity, service, null, Duration.ZERO,
                Duration.ZERO);
    }

    private static void checkRecoverAt(String id, Double above, Double below, Double recoverAt) {
        if (recoverAt == null) {
            return;
        }
        if (!Double.isFinite(recoverAt)) {
            throw new InvalidRuleException("recover-at", "rule '" + id + "': recover-at must be a finite number");
        }
        // on the far side the rule would recover while it still breaches, and fire again at once
        if (above != null && recoverAt > above) {
            throw new InvalidRuleException("recover-at", "rule '" + id + "': recover-at " + plain(recoverAt)
                    + " must be at or below the threshold, above " + plain(above));
        }
        if (below != null && recoverAt < below) {
            throw new InvalidRuleException("recover-at", "rule '" + id + "': recover-at " + plain(recoverAt)
                    + " must be at or above the threshold, below " + plain(below));
        }
    }

    private static Duration notNegative(String id, String key, Duration duration) {
        if (duration == null) {
            return Duration.ZERO;
        }
        if (duration.isNegative()) {
            throw new InvalidRuleException(key, "rule '" + id + "': " + key + " must not be negative");
        }
        return duration;
    }

    @Override
    public boolean appliesTo(MetricSample sample) {
        return metric.equals(sample.metric()) && (service == null || service.equals(sample.service()));
    }

    /** A threshold keeps no learned state: every series starts from quiet. */
    @Override
    public ThresholdDetector newDetector(SeriesKey key) {
        return newDetector();
    }

    /** A fresh detector; public, so other detector families (backtests) reuse the same hysteresis. */
    public ThresholdDetector newDetector() {
        return new ThresholdDetector(this);
    }

    public boolean breaches(double value) {
        return above != null ? value > above : value < below;
    }

    /** Whether a firing rule may count this value towards recovery. */
    public boolean recovers(double value) {
        return above != null ? value <= recoveryThreshold() : value >= recoveryThreshold();
    }

    /** {@code recoverAt}, or the threshold itself when there is none. */
    public double recoveryThreshold() {
        return recoverAt != null ? recoverAt : above != null ? above : below;
    }

    /** {@code latency > 500 for 3 samples}, then {@code and 2m}, {@code , recovers at <= 400}, {@code , keeps firing for 10m}. */
    public String expression() {
        var expression = new StringBuilder(breachCondition()).append(" for ").append(lasting());
        if (recoverAt != null) {
            expression.append(", recovers at ").append(recoveryBound());
        }
        if (!keepFiringFor.isZero()) {
            expression.append(", keeps firing for ").append(plain(keepFiringFor));
        }
        return expression.toString();
    }

    /** {@code latency > 500}. */
    public String breachCondition() {
        return above != null ? metric + " > " + plain(above) : metric + " < " + plain(below);
    }

    /** {@code latency <= 400}: the condition a recovering series meets. */
    public String recoveredCondition() {
        return metric + " " + recoveryBound();
    }

    private String recoveryBound() {
        return (above != null ? "<= " : ">= ") + plain(recoveryThreshold());
    }

    /** How long a breach must last: {@code 3 samples}, or {@code 3 samples and 2m}. */
    String lasting() {
        return samples(forSamples) + (forDuration.isZero() ? "" : " and " + plain(forDuration));
    }

    static String samples(int count) {
        return count == 1 ? "1 sample" : count + " samples";
    }

    /** 500.0 as {@code 500}, 0.05 as {@code 0.05}: what a person would have written in the rule. */
    public static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
    }

    /** 5 minutes as {@code 5m}, 90 seconds as {@code 90s}: the largest unit that divides it exactly. */
    static String plain(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0 || millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
