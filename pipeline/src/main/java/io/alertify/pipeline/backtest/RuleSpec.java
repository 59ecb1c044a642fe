package io.alertify.pipeline.backtest;

import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.rules.ThresholdRule;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.databind.JsonNode;

/**
 * Turns {@code "rule": {"above": 500, "for_samples": 3, "recover_samples": 3, "recover_at": 400,
 * "keep_firing_for": "10m"}} (the shape of {@code alertify.pipeline.rules}) into the
 * {@code threshold:above=500,for=3,recover=3,recover-at=400,keep=10m} spec of the same threshold
 * detector the live rules use, so a backtest answers exactly what the rule would have done.
 */
final class RuleSpec {

    /** {@code severity} is read by the caller: it names the incident, it does not change the detector. */
    private static final Set<String> FIELDS = Set.of("above", "below", "for_samples", "recover_samples", "recover_at",
            "keep_firing_for", "severity");
    /** Same defaults as {@code alertify.pipeline.rules}. */
    private static final int DEFAULT_FOR_SAMPLES = 3;

    private RuleSpec() {
    }

    /** Returns the spec, or null when the rule is invalid (the problems say why). */
    static String from(JsonNode rule, List<FieldProblem> problems) {
        if (!rule.isObject()) {
            problems.add(new FieldProblem("rule", "must be an object {\"above\" or \"below\", \"for_samples\", "
                    + "\"recover_samples\", \"recover_at\", \"keep_firing_for\", \"severity\"}"));
            return null;
        }
        int before = problems.size();
        for (var name : rule.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem("rule." + name, "unknown field; known: above, below, for_samples, "
                        + "recover_samples, recover_at, keep_firing_for, severity"));
            }
        }
        var above = bound(rule.get("above"), "rule.above", problems);
        var below = bound(rule.get("below"), "rule.below", problems);
        var recoverAt = bound(rule.get("recover_at"), "rule.recover_at", problems);
        int forSamples = samples(rule.get("for_samples"), "rule.for_samples", DEFAULT_FOR_SAMPLES, problems);
        int recoverSamples = samples(rule.get("recover_samples"), "rule.recover_samples", forSamples, problems);
        var keep = keep(rule.get("keep_firing_for"), problems);
        if (problems.size() > before) {
            return null;
        }
        if ((above == null) == (below == null)) {
            problems.add(new FieldProblem("rule", "set exactly one of above or below"));
            return null;
        }
        var spec = new StringBuilder("threshold:");
        spec.append(above != null ? "above=" + ThresholdRule.plain(above) : "below=" + ThresholdRule.plain(below));
        spec.append(",for=").append(forSamples).append(",recover=").append(recoverSamples);
        if (recoverAt != null) {
            spec.append(",recover-at=").append(ThresholdRule.plain(recoverAt));
        }
        if (keep != null) {
            spec.append(",keep=").append(keep.toMillis()).append("ms");
        }
        return spec.toString();
    }

    private static Duration keep(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            var text = node.asString().trim();
            var duration = DurationStyle.detectAndParse(text);
            if (duration.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return duration;
        } catch (RuntimeException e) {
            problems.add(new FieldProblem("rule.keep_firing_for", "must be a duration such as \"10m\" or \"PT10M\""));
            return null;
        }
    }

    private static Double bound(JsonNode node, String field, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            problems.add(new FieldProblem(field, "must be a finite number or null"));
            return null;
        }
        return node.doubleValue();
    }

    private static int samples(JsonNode node, String field, int fallback, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problems.add(new FieldProblem(field, "must be a whole number of at least 1"));
            return fallback;
        }
        return node.intValue();
    }
}
