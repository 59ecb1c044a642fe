package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A threshold on one metric: fire after {@code forSamples} consecutive samples beyond the threshold,
 * recover after {@code recoverSamples} consecutive samples within it. Exactly one of {@code above}
 * and {@code below} is set.
 *
 * @param service only this service, or every service when null
 */
public record ThresholdRule(String id, String metric, Double above, Double below, int forSamples,
                            int recoverSamples, Severity severity, String service) implements DetectorDefinition {

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
    }

    @Override
    public boolean appliesTo(MetricSample sample) {
        return metric.equals(sample.metric()) && (service == null || service.equals(sample.service()));
    }

    @Override
    public SeriesDetector newDetector() {
        return new ThresholdDetector(this);
    }

    public boolean breaches(double value) {
        return above != null ? value > above : value < below;
    }

    /** {@code latency > 500 for 3 samples}. */
    public String expression() {
        return breachCondition() + " for " + samples(forSamples);
    }

    /** {@code latency > 500}. */
    public String breachCondition() {
        return above != null ? metric + " > " + plain(above) : metric + " < " + plain(below);
    }

    /** {@code latency <= 500}: the condition a recovered series meets. */
    public String recoveredCondition() {
        return above != null ? metric + " <= " + plain(above) : metric + " >= " + plain(below);
    }

    static String samples(int count) {
        return count == 1 ? "1 sample" : count + " samples";
    }

    /** 500.0 as {@code 500}, 0.05 as {@code 0.05}: what a person would have written in the rule. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
