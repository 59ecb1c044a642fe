package io.alertify.pipeline.backtest;

import io.alertify.pipeline.detect.Detectors;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.IncidentReplay;
import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.JsonRequestBody;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code POST /backtest} body:
 * <pre>{"detector": "auto", "series": [{"timestamp": "2026-11-25T06:00:00Z", "value": 1.5}, ...],
 *  "damping": {"quiet_period": "PT15M", "reopen_window": "PT1H", "max_reopens": 3}}</pre>
 * or {@code "rule": {"above": 500, "for_samples": 3}} instead of {@code detector} (neither: {@code auto}).
 * Unknown fields are refused rather than ignored: a misspelt {@code dampng} silently replaced by the
 * defaults would make a tuning session lie. Every problem is reported with its field, all at once.
 */
final class BacktestRequestReader {

    private static final Set<String> FIELDS = Set.of("detector", "rule", "series", "damping");
    private static final Set<String> DAMPING_FIELDS = Set.of("quiet_period", "reopen_window", "max_reopens");

    BacktestRequest read(byte[] body) {
        var root = JsonRequestBody.object(body);
        var problems = new ArrayList<FieldProblem>();
        for (var name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field; known: detector, rule, series, damping"));
            }
        }
        var series = SeriesReader.read(root.get("series"), problems);
        var spec = detectorSpec(root.get("detector"), root.get("rule"), series, problems);
        var damping = damping(root.get("damping"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new BacktestRequest(spec, series, damping);
    }

    private static String detectorSpec(JsonNode detector, JsonNode rule, List<IncidentReplay.Point> series,
                                       List<FieldProblem> problems) {
        boolean hasDetector = detector != null && !detector.isNull();
        boolean hasRule = rule != null && !rule.isNull();
        if (hasDetector && hasRule) {
            problems.add(new FieldProblem("detector", "give either detector or rule, not both"));
            return null;
        }
        if (hasRule) {
            var spec = RuleSpec.from(rule, problems);
            return spec == null ? null : validated(spec, "rule", problems);
        }
        if (!hasDetector) {
            return Detectors.DEFAULT;
        }
        if (!detector.isString() || detector.stringValue().isBlank()) {
            problems.add(new FieldProblem("detector", "must be a detector name such as \"auto\"; known: "
                    + known()));
            return null;
        }
        var spec = detector.stringValue().strip();
        int colon = spec.indexOf(':');
        var name = (colon < 0 ? spec : spec.substring(0, colon)).toLowerCase(Locale.ROOT);
        if (!Detectors.names().contains(name)) {
            problems.add(new FieldProblem("detector", "unknown '" + name + "'; known: " + known()));
            return null;
        }
        return validated(spec, "detector", problems);
    }

    /** Builds the detector once, so a bad option is a 400 naming the field rather than a 500 later. */
    private static String validated(String spec, String field, List<FieldProblem> problems) {
        try {
            Detectors.create(spec);
            return spec;
        } catch (RuntimeException e) { // any refusal of a caller's options is the caller's 400, never our 500
            problems.add(new FieldProblem(field, e.getMessage() == null ? "invalid options in '" + spec + "'"
                    : e.getMessage()));
            return null;
        }
    }

    private static FlapDamper.Config damping(JsonNode node, List<FieldProblem> problems) {
        var defaults = FlapDamper.Config.defaults();
        if (node == null || node.isNull()) {
            return defaults;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("damping", "must be an object {\"quiet_period\", \"reopen_window\", "
                    + "\"max_reopens\"}"));
            return defaults;
        }
        for (var name : node.propertyNames()) {
            if (!DAMPING_FIELDS.contains(name)) {
                problems.add(new FieldProblem("damping." + name,
                        "unknown field; known: quiet_period, reopen_window, max_reopens"));
            }
        }
        var quiet = duration(node.get("quiet_period"), "damping.quiet_period", defaults.quietPeriod(), problems);
        var reopen = duration(node.get("reopen_window"), "damping.reopen_window", defaults.reopenWindow(), problems);
        var maxReopens = node.get("max_reopens");
        int max = defaults.maxReopens();
        if (maxReopens != null && !maxReopens.isNull()) {
            if (maxReopens.isIntegralNumber() && maxReopens.canConvertToInt() && maxReopens.intValue() >= 0) {
                max = maxReopens.intValue();
            } else {
                problems.add(new FieldProblem("damping.max_reopens", "must be a whole number of at least 0"));
            }
        }
        return new FlapDamper.Config(quiet, reopen, max);
    }

    private static Duration duration(JsonNode node, String field, Duration fallback, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isString()) {
            try {
                var duration = Duration.parse(node.stringValue().strip());
                if (!duration.isNegative()) {
                    return duration;
                }
                problems.add(new FieldProblem(field, "must not be negative"));
                return fallback;
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem(field, "must be an ISO-8601 duration such as PT15M or PT1H"));
        return fallback;
    }

    private static String known() {
        return String.join(", ", Detectors.names());
    }
}
