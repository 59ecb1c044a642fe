package io.alertify.pipeline.backtest;

import io.alertify.pipeline.detect.Detectors;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.IncidentReplay;
import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.JsonRequestBody;
import io.alertify.pipeline.request.TimestampRange;
import io.alertify.pipeline.rules.Severity;
import java.time.Clock;
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
 * or {@code "rule": {"above": 500, "for_samples": 3, "severity": "critical"}} instead of {@code detector}
 * (neither: {@code auto}). A detector may also say {@code "min_severity": "info"}. Damping and minimum
 * severity default to this deployment's live anomaly settings, so a backtest answers what the running
 * processor would do; a rule is replayed undamped at its own severity, as live rules run.
 * Unknown fields are refused rather than ignored: a misspelt {@code dampng} silently replaced by the
 * defaults would make a tuning session lie. Every problem is reported with its field, all at once.
 */
final class BacktestRequestReader {

    private static final Set<String> FIELDS = Set.of("detector", "rule", "series", "damping", "min_severity");
    private static final Set<String> DAMPING_FIELDS = Set.of("quiet_period", "reopen_window", "max_reopens");
    /** The default of {@code alertify.pipeline.rules[n].severity}. */
    private static final Severity RULE_SEVERITY = Severity.WARNING;

    private final FlapDamper.Config liveDamping;
    private final Severity liveMinSeverity;
    private final TimestampRange range;
    private final Clock clock;

    BacktestRequestReader(FlapDamper.Config liveDamping, Severity liveMinSeverity, TimestampRange range, Clock clock) {
        this.liveDamping = liveDamping;
        this.liveMinSeverity = liveMinSeverity;
        this.range = range;
        this.clock = clock;
    }

    BacktestRequest read(byte[] body) {
        var root = JsonRequestBody.object(body);
        var problems = new ArrayList<FieldProblem>();
        for (var name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field; known: detector, rule, series, damping, "
                        + "min_severity"));
            }
        }
        var series = SeriesReader.read(root.get("series"), problems, range, clock.instant());
        var rule = root.get("rule");
        var spec = detectorSpec(root.get("detector"), rule, series, problems);
        var request = rule == null || rule.isNull() ? forDetector(root, spec, series, problems)
                : forRule(root, rule, spec, series, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return request;
    }

    private BacktestRequest forDetector(JsonNode root, String spec, List<IncidentReplay.Point> series,
                                        List<FieldProblem> problems) {
        var damping = damping(root.get("damping"), problems);
        var minSeverity = severity(root.get("min_severity"), "min_severity", liveMinSeverity, problems);
        return new BacktestRequest(spec, series, damping, minSeverity, null);
    }

    private static BacktestRequest forRule(JsonNode root, JsonNode rule, String spec, List<IncidentReplay.Point> series,
                                           List<FieldProblem> problems) {
        for (var field : List.of("damping", "min_severity")) {
            if (root.get(field) != null && !root.get(field).isNull()) {
                problems.add(new FieldProblem(field, "applies to detectors only: a rule opens at its own severity "
                        + "and closes after its own recover_samples, as it does live"));
            }
        }
        var severity = rule.isObject() ? severity(rule.get("severity"), "rule.severity", RULE_SEVERITY, problems)
                : RULE_SEVERITY;
        return new BacktestRequest(spec, series, BacktestRequest.UNDAMPED, Severity.INFO, severity);
    }

    private static Severity severity(JsonNode node, String field, Severity fallback, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isString()) {
            for (var severity : Severity.values()) {
                if (severity.wireName().equals(node.stringValue().strip().toLowerCase(Locale.ROOT))) {
                    return severity;
                }
            }
        }
        problems.add(new FieldProblem(field, "must be one of critical, error, warning, info"));
        return fallback;
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

    private FlapDamper.Config damping(JsonNode node, List<FieldProblem> problems) {
        var defaults = liveDamping;
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
