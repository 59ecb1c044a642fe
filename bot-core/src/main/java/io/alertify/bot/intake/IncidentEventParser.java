package io.alertify.bot.intake;

import io.alertify.bot.api.InvalidIncidentEventException;
import io.alertify.bot.api.Severity;
import io.alertify.bot.intake.IncidentEvent.Kind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads wire contract v1 strictly where it matters (required fields, their types and sizes, each
 * failure naming its field) and leniently elsewhere: unknown fields are ignored for forward
 * compatibility.
 */
class IncidentEventParser {

    private static final int MAX_ID = 100;
    private static final int MAX_KEY = 200;
    private static final int MAX_EVIDENCE = 1_000_000;
    private static final int MAX_LABELS = 20_000;

    private final JsonMapper json;

    IncidentEventParser(JsonMapper json) {
        this.json = json;
    }

    IncidentEvent parse(String eventJson) {
        var root = readObject(eventJson);
        var schema = required(root, "schema", MAX_KEY);
        if (!IncidentEvent.SCHEMA.equals(schema)) {
            throw invalid("schema", "expected '" + IncidentEvent.SCHEMA + "' but was '" + schema + "'");
        }
        var eventId = required(root, "event_id", MAX_ID);
        var action = action(required(root, "action", MAX_KEY));
        var dedupKey = required(root, "dedup_key", MAX_KEY);
        var occurredAt = instant(required(root, "occurred_at", MAX_KEY));
        var service = required(root, "service", MAX_KEY);
        var severityText = action == Kind.TRIGGER ? required(root, "severity", MAX_KEY)
                : optional(root, "severity");
        var severity = severityText == null ? null : severity(severityText);
        var rule = root.path("rule");
        var labels = labels(root.path("labels"));
        var evidence = evidence(root.path("evidence"));
        return new IncidentEvent(eventId, action, dedupKey, occurredAt, severity, service,
                optional(root, "summary"), optional(root, "source"), optional(rule, "id"),
                optional(rule, "expression"), labels, evidence);
    }

    private JsonNode readObject(String eventJson) {
        if (eventJson == null || eventJson.isBlank()) {
            throw new InvalidIncidentEventException("event is empty");
        }
        try {
            var root = json.readTree(eventJson);
            if (root == null || !root.isObject()) {
                throw new InvalidIncidentEventException("event is not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new InvalidIncidentEventException("event is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String required(JsonNode node, String field, int maxLength) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            throw invalid(field, "is required");
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw invalid(field, "must be a non-empty string");
        }
        var text = value.stringValue().trim();
        if (text.length() > maxLength) {
            throw invalid(field, "is longer than " + maxLength + " characters");
        }
        return storable(field, text);
    }

    /** PostgreSQL text cannot hold NUL: refuse it here, not as a failed insert after the event was taken. */
    private static String storable(String field, String text) {
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw invalid(field, "must not contain NUL (U+0000)");
        }
        return text;
    }

    private static String optional(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        var text = value.asString().trim();
        return text.isEmpty() ? null : storable(field, text);
    }

    private static Kind action(String value) {
        return switch (value) {
            case "trigger" -> Kind.TRIGGER;
            case "resolve" -> Kind.RESOLVE;
            default -> throw invalid("action", "expected 'trigger' or 'resolve' but was '" + value + "'");
        };
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("occurred_at", "expected an ISO-8601 instant such as 2026-11-25T06:00:00Z but was '"
                    + value + "'");
        }
    }

    private static Severity severity(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid("severity", e.getMessage());
        }
    }

    private Map<String, String> labels(JsonNode node) {
        var labels = new LinkedHashMap<String, String>();
        if (node.isMissingNode() || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            throw invalid("labels", "must be an object of strings");
        }
        for (var entry : node.properties()) {
            if (!entry.getValue().isValueNode()) {
                throw invalid("labels." + entry.getKey(), "must be a string");
            }
            labels.put(entry.getKey(), entry.getValue().asString());
        }
        if (json.writeValueAsString(labels).length() > MAX_LABELS) {
            throw invalid("labels", "are larger than " + MAX_LABELS + " characters");
        }
        return labels;
    }

    private String evidence(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "{}";
        }
        if (!node.isObject()) {
            throw invalid("evidence", "must be an object");
        }
        var text = json.writeValueAsString(node);
        if (text.length() > MAX_EVIDENCE) {
            throw invalid("evidence", "is larger than " + MAX_EVIDENCE + " characters");
        }
        return text;
    }

    private static InvalidIncidentEventException invalid(String field, String problem) {
        return new InvalidIncidentEventException(field + ": " + problem);
    }
}
