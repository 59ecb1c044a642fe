package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.SafeText;
import io.alertify.pipeline.request.TimestampRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a sample must be to travel the whole path, whatever protocol brought it: {@link IntakeLimits} on
 * its service, names, labels and time, and a finite value. One place, so every decoder refuses alike.
 */
final class SampleRules {

    private final IntakeLimits limits;
    private final TimestampRange range;

    SampleRules(IntakeLimits limits) {
        this.limits = limits;
        this.range = new TimestampRange(limits.timestampRange());
    }

    /** Every problem of one decoded sample, empty when it may be taken. */
    List<FieldProblem> problems(String service, String metric, Instant at, double value, Map<String, String> labels,
            Instant receivedAt) {
        var problems = new ArrayList<FieldProblem>();
        if (service == null || service.isBlank()) {
            problems.add(new FieldProblem("service", "is missing (a service tag or label)"));
        } else {
            text("service", service, limits.maxServiceChars(), problems);
        }
        name("metric", metric, problems);
        if (!Double.isFinite(value)) {
            problems.add(new FieldProblem("value", "must be a finite number"));
        }
        var outOfRange = range.problem(at, receivedAt);
        if (outOfRange != null) {
            problems.add(new FieldProblem("timestamp", outOfRange + " (alertify.pipeline.limits.timestamp-range)"));
        }
        if (labels.size() > limits.maxLabels()) {
            problems.add(new FieldProblem("labels", "must hold at most " + limits.maxLabels() + " labels "
                    + "(alertify.pipeline.limits.max-labels)"));
            return problems;
        }
        long size = 0;
        for (var entry : labels.entrySet()) {
            if (name("labels", entry.getKey(), problems)
                    && text("labels." + shortened(entry.getKey()), entry.getValue(), limits.maxLabelValueChars(), problems)) {
                size += entry.getKey().length() + entry.getValue().length() + 6L;
            }
        }
        if (size > limits.maxLabelsChars()) {
            problems.add(new FieldProblem("labels", "must be at most " + limits.maxLabelsChars()
                    + " characters in all (alertify.pipeline.limits.max-labels-chars)"));
        }
        return problems;
    }

    MetricSample sample(String service, String metric, Instant at, double value, Map<String, String> labels) {
        return new MetricSample(service.strip(), metric, at, value, labels);
    }

    /** A metric or label name: not blank, not too long, safe. */
    boolean name(String field, String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem(field, "names must not be blank"));
            return false;
        }
        return text(field + "." + shortened(name), name, limits.maxNameChars(), problems);
    }

    static boolean text(String field, String value, int max, List<FieldProblem> problems) {
        if (value.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters (got " + value.length() + ")"));
            return false;
        }
        var unsafe = SafeText.problem(value);
        if (unsafe != null) {
            problems.add(new FieldProblem(field, unsafe));
            return false;
        }
        return true;
    }

    /** A field path that stays readable when the name itself is the problem. */
    static String shortened(String name) {
        var head = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return head.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
