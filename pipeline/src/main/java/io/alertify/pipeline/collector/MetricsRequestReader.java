package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.detect.Timestamps;
import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.JsonRequestBody;
import io.alertify.pipeline.request.TimestampRange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code POST /metrics} body into samples, one per metric:
 * <pre>{"service_id":"checkout","timestamp":"2026-11-25T06:00:00Z",
 *  "metrics":{"latency":730,"error_rate":0.02},"labels":{"namespace":"shop","pod":"checkout-7d9f"}}</pre>
 * {@code timestamp} is an ISO-8601 instant or a number of epoch seconds (below 10^11, fractions
 * allowed) or milliseconds; without it the sample gets the time it was received. {@code labels} is
 * optional. Every problem is reported with its field, all at once, against the {@link IntakeLimits}:
 * what passes here can be stored and told all the way to a chat.
 */
final class MetricsRequestReader {

    private final IntakeLimits limits;
    private final TimestampRange range;
    private final SampleRules rules;

    MetricsRequestReader(IntakeLimits limits) {
        this.limits = limits;
        this.range = new TimestampRange(limits.timestampRange());
        this.rules = new SampleRules(limits);
    }

    List<MetricSample> read(byte[] body, Instant receivedAt) {
        return read(JsonRequestBody.object(body), receivedAt);
    }

    /**
     * A JSON array of such objects: each one taken or refused on its own, by its index ({@code [3]}), so a
     * partly bad batch keeps its good part.
     */
    Batch readBatch(JsonNode array, Instant receivedAt, int maxSamples) {
        var samples = new ArrayList<MetricSample>();
        var refused = new ArrayList<Batch.Refused>();
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                refused.add(new Batch.Refused("[" + i + "]", "must be an object like a POST /metrics body"));
                continue;
            }
            try {
                var read = read(array.get(i), receivedAt);
                if (samples.size() + read.size() > maxSamples) {
                    refused.add(new Batch.Refused("[" + i + "]", "the batch holds more than " + maxSamples
                            + " samples (alertify.pipeline.batch-limits.max-samples); the rest was not read"));
                    break;
                }
                samples.addAll(read);
            } catch (InvalidRequestException e) {
                refused.add(new Batch.Refused("[" + i + "]", e.getMessage()));
            }
        }
        return new Batch(samples, refused);
    }

    private List<MetricSample> read(JsonNode root, Instant receivedAt) {
        var problems = new ArrayList<FieldProblem>();
        var service = service(root.get("service_id"), problems);
        var timestamp = timestamp(root.get("timestamp"), receivedAt, problems);
        var metrics = metrics(root.get("metrics"), problems);
        var labels = labels(root.get("labels"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var samples = new ArrayList<MetricSample>(metrics.size());
        metrics.forEach((metric, value) -> samples.add(new MetricSample(service, metric, timestamp, value, labels)));
        return samples;
    }

    private String service(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            problems.add(new FieldProblem("service_id", "must not be blank"));
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem("service_id", "must be a string"));
            return null;
        }
        var service = node.stringValue().strip();
        text("service_id", service, limits.maxServiceChars(), problems);
        return service;
    }

    private Instant timestamp(JsonNode node, Instant receivedAt, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return receivedAt;
        }
        Instant at = null;
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            at = Instant.ofEpochMilli(Timestamps.epochMillis(node.doubleValue()));
        } else if (node.isString()) {
            try {
                at = Instant.parse(node.stringValue().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        if (at == null) {
            problems.add(new FieldProblem("timestamp", "must be an ISO-8601 instant (2026-11-25T06:00:00Z) or "
                    + "epoch seconds or milliseconds"));
            return null;
        }
        var outOfRange = range.problem(at, receivedAt);
        if (outOfRange != null) {
            problems.add(new FieldProblem("timestamp", outOfRange + " (alertify.pipeline.limits.timestamp-range)"));
        }
        return at;
    }

    private Map<String, Double> metrics(JsonNode node, List<FieldProblem> problems) {
        var metrics = new LinkedHashMap<String, Double>();
        if (node == null || node.isNull() || (node.isObject() && node.isEmpty())) {
            problems.add(new FieldProblem("metrics", "must not be empty"));
            return metrics;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("metrics", "must be an object of metric names to numbers"));
            return metrics;
        }
        if (node.size() > limits.maxMetrics()) {
            problems.add(new FieldProblem("metrics", "must hold at most " + limits.maxMetrics() + " metrics "
                    + "(alertify.pipeline.limits.max-metrics)"));
            return metrics;
        }
        for (var entry : node.properties()) {
            var value = entry.getValue();
            if (!name("metrics", entry.getKey(), problems)) {
                continue;
            }
            if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                problems.add(new FieldProblem("metrics." + entry.getKey(), "must be a finite number"));
            } else {
                metrics.put(entry.getKey(), value.doubleValue());
            }
        }
        return metrics;
    }

    private Map<String, String> labels(JsonNode node, List<FieldProblem> problems) {
        var labels = new LinkedHashMap<String, String>();
        if (node == null || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("labels", "must be an object of label names to strings"));
            return labels;
        }
        if (node.size() > limits.maxLabels()) {
            problems.add(new FieldProblem("labels", "must hold at most " + limits.maxLabels() + " labels "
                    + "(alertify.pipeline.limits.max-labels)"));
            return labels;
        }
        long size = 0;
        for (var entry : node.properties()) {
            if (!name("labels", entry.getKey(), problems)) {
                continue;
            }
            var field = "labels." + entry.getKey();
            if (!entry.getValue().isString()) {
                problems.add(new FieldProblem(field, "must be a string"));
            } else if (text(field, entry.getValue().stringValue(), limits.maxLabelValueChars(), problems)) {
                labels.put(entry.getKey(), entry.getValue().stringValue());
                size += entry.getKey().length() + entry.getValue().stringValue().length() + 6L;
            }
        }
        if (size > limits.maxLabelsChars()) {
            problems.add(new FieldProblem("labels", "must be at most " + limits.maxLabelsChars()
                    + " characters in all (alertify.pipeline.limits.max-labels-chars)"));
        }
        return labels;
    }

    /** A metric or label name: not blank, not too long, safe. */
    private boolean name(String field, String name, List<FieldProblem> problems) {
        return rules.name(field, name, problems);
    }

    private static boolean text(String field, String value, int max, List<FieldProblem> problems) {
        return SampleRules.text(field, value, max, problems);
    }
}
