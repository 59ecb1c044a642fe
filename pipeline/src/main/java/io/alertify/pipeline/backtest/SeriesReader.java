package io.alertify.pipeline.backtest;

import io.alertify.pipeline.detect.IncidentReplay;
import io.alertify.pipeline.request.FieldProblem;
import io.alertify.pipeline.request.TimestampRange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code series}: {@code [{"timestamp": "2026-11-25T06:00:00Z" | epoch millis, "value": 1.5}, ...]}
 * in time order. Extra fields on a point are ignored, so exported points with labels can be posted as
 * they are. Only the first {@link #LISTED} bad points are named; a file of garbage gives one readable
 * answer, not two hundred thousand lines.
 */
final class SeriesReader {

    static final int MAX_POINTS = 200_000;
    static final int LISTED = 10;

    private SeriesReader() {
    }

    static List<IncidentReplay.Point> read(JsonNode node, List<FieldProblem> problems, TimestampRange range,
                                             Instant now) {
        var points = new ArrayList<IncidentReplay.Point>();
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem("series", "is required: [{\"timestamp\": ..., \"value\": ...}, ...]"));
            return points;
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("series", "must be an array of {\"timestamp\", \"value\"} points"));
            return points;
        }
        if (node.isEmpty()) {
            problems.add(new FieldProblem("series", "must hold at least 1 point"));
            return points;
        }
        if (node.size() > MAX_POINTS) {
            problems.add(new FieldProblem("series", "must hold at most " + MAX_POINTS + " points (got "
                    + node.size() + "); split it or send fewer, coarser samples"));
            return points;
        }
        var pointProblems = new ArrayList<FieldProblem>();
        int backwardsAt = -1;
        for (int i = 0; i < node.size(); i++) {
            var point = point(node.get(i), "series[" + i + "]", pointProblems, range, now);
            if (point == null) {
                continue;
            }
            if (backwardsAt < 0 && !points.isEmpty() && point.timestamp().isBefore(points.getLast().timestamp())) {
                backwardsAt = i;
            }
            points.add(point);
        }
        problems.addAll(pointProblems.subList(0, Math.min(LISTED, pointProblems.size())));
        if (pointProblems.size() > LISTED) {
            problems.add(new FieldProblem("series", (pointProblems.size() - LISTED) + " more problems not listed"));
        }
        if (backwardsAt >= 0) {
            problems.add(new FieldProblem("series", "timestamps must not go backwards (at " + backwardsAt + ")"));
        }
        return points;
    }

    private static IncidentReplay.Point point(JsonNode node, String path, List<FieldProblem> problems,
                                              TimestampRange range, Instant now) {
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(path, "must be an object {\"timestamp\": ..., \"value\": ...}"));
            return null;
        }
        var timestamp = timestamp(node.get("timestamp"));
        if (timestamp == null) {
            problems.add(new FieldProblem(path + ".timestamp",
                    "must be an ISO-8601 instant (2026-11-25T06:00:00Z) or epoch milliseconds"));
        } else if (range.problem(timestamp, now) != null) {
            problems.add(new FieldProblem(path + ".timestamp", range.problem(timestamp, now)
                    + " (alertify.pipeline.limits.timestamp-range)"));
            timestamp = null;
        }
        var value = node.get("value");
        boolean finite = value != null && value.isNumber() && Double.isFinite(value.doubleValue());
        if (!finite) {
            problems.add(new FieldProblem(path + ".value", "must be a finite number"));
        }
        return timestamp != null && finite ? new IncidentReplay.Point(timestamp, value.doubleValue()) : null;
    }

    private static Instant timestamp(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            return Instant.ofEpochMilli(node.canConvertToLong() ? node.longValue() : Math.round(node.doubleValue()));
        }
        if (node.isString()) {
            try {
                return Instant.parse(node.stringValue().strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
