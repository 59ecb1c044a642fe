package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.detect.Timestamps;
import io.alertify.pipeline.request.JsonRequestBody;
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
 * optional. Every problem is reported with its field, all at once.
 */
final class MetricsRequestReader {

    /** More metrics than this in one request is a client bug, not telemetry. */
    static final int MAX_METRICS = 1000;
    /** What an incident can hold (the bot's column): checked here, so a 200 never becomes a refused event. */
    static final int MAX_SERVICE = 200;
    /** Labels as the bot stores them, with room for the labels the pipeline adds (metric, rule). */
    static final int MAX_LABELS_CHARS = 16_000;
    /** Epoch seconds stay below this until the year 5138; milliseconds are above it after 1973. */
    List<MetricSample> read(byte[] body, Instant receivedAt) {
        var root = JsonRequestBody.object(body);
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

    private static String service(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
            problems.add(new FieldProblem("service_id", "must not be blank"));
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem("service_id", "must be a string"));
            return null;
        }
        var service = node.stringValue().strip();
        if (service.length() > MAX_SERVICE) {
            problems.add(new FieldProblem("service_id", "must be at most " + MAX_SERVICE + " characters"));
        } else if (service.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("service_id", "must not contain control characters"));
        }
        return service;
    }

    private static Instant timestamp(JsonNode node, Instant receivedAt, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return receivedAt;
        }
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            double epoch = node.doubleValue();
            return Instant.ofEpochMilli(Timestamps.epochMillis(epoch));
        }
        if (node.isString()) {
            try {
                return Instant.parse(node.stringValue().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem("timestamp", "must be an ISO-8601 instant (2026-11-25T06:00:00Z) or epoch "
                + "seconds or milliseconds"));
        return null;
    }

    private static Map<String, Double> metrics(JsonNode node, List<FieldProblem> problems) {
        var metrics = new LinkedHashMap<String, Double>();
        if (node == null || node.isNull() || (node.isObject() && node.isEmpty())) {
            problems.add(new FieldProblem("metrics", "must not be empty"));
            return metrics;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("metrics", "must be an object of metric names to numbers"));
            return metrics;
        }
        if (node.size() > MAX_METRICS) {
            problems.add(new FieldProblem("metrics", "must hold at most " + MAX_METRICS + " metrics"));
            return metrics;
        }
        for (var entry : node.properties()) {
            var value = entry.getValue();
            if (entry.getKey().isBlank()) {
                problems.add(new FieldProblem("metrics", "metric names must not be blank"));
            } else if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                problems.add(new FieldProblem("metrics." + entry.getKey(), "must be a finite number"));
            } else {
                metrics.put(entry.getKey(), value.doubleValue());
            }
        }
        return metrics;
    }

    private static Map<String, String> labels(JsonNode node, List<FieldProblem> problems) {
        var labels = new LinkedHashMap<String, String>();
        if (node == null || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("labels", "must be an object of label names to strings"));
            return labels;
        }
        for (var entry : node.properties()) {
            if (entry.getKey().isBlank()) {
                problems.add(new FieldProblem("labels", "label names must not be blank"));
            } else if (!entry.getValue().isString()) {
                problems.add(new FieldProblem("labels." + entry.getKey(), "must be a string"));
            } else {
                labels.put(entry.getKey(), entry.getValue().stringValue());
            }
        }
        var size = labels.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length() + 6L).sum();
        if (size > MAX_LABELS_CHARS) {
            problems.add(new FieldProblem("labels", "must be at most " + MAX_LABELS_CHARS + " characters in all"));
        }
        return labels;
    }
}
