package io.alertify.remediation.http;

import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.run.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code /run-script} body by hand rather than binding it to a record, so that every wrong field
 * is reported by its JSON name in one answer, and so that {@code incident_id} may be a string or a
 * number. Unknown top-level fields are ignored, as everywhere in Alertify's wire formats.
 */
final class RunScriptBody {

    static final int MAX_INCIDENT_ID_LENGTH = 128;

    private RunScriptBody() {
    }

    static ScriptRequest parse(JsonNode body, String requestedBy) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new Rejection("body", "must be a JSON object")));
        }
        List<Rejection> problems = new ArrayList<>();
        String incidentId = incidentId(body.get("incident_id"), problems);
        String scriptName = scriptName(body.get("script_name"), problems);
        Map<String, String> parameters = parameters(body.get("parameters"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new ScriptRequest(incidentId, scriptName, parameters, requestedBy);
    }

    private static String incidentId(JsonNode node, List<Rejection> problems) {
        if (absent(node)) {
            problems.add(new Rejection("incident_id", "is required"));
            return null;
        }
        String id = node.isString() ? node.stringValue() : node.isIntegralNumber() ? node.asString() : null;
        if (id == null) {
            problems.add(new Rejection("incident_id", "must be a string or a whole number"));
        } else if (id.isBlank()) {
            problems.add(new Rejection("incident_id", "must not be blank"));
        } else if (id.length() > MAX_INCIDENT_ID_LENGTH) {
            problems.add(new Rejection("incident_id", "must be at most " + MAX_INCIDENT_ID_LENGTH + " characters"));
        }
        return id;
    }

    private static String scriptName(JsonNode node, List<Rejection> problems) {
        if (absent(node)) {
            problems.add(new Rejection("script_name", "is required"));
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            problems.add(new Rejection("script_name", "must be a non-blank string"));
            return null;
        }
        return node.stringValue();
    }

    /** Scalars only: a chat form or a curl call may send {@code "replicas": 3}, never a nested object. */
    private static Map<String, String> parameters(JsonNode node, List<Rejection> problems) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (absent(node)) {
            return parameters;
        }
        if (!node.isObject()) {
            problems.add(new Rejection("parameters", "must be an object"));
            return parameters;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isString()) {
                parameters.put(entry.getKey(), value.stringValue());
            } else if (value.isNumber() || value.isBoolean()) {
                parameters.put(entry.getKey(), value.asString());
            } else {
                problems.add(new Rejection("parameters." + entry.getKey(), "must be a string, number or boolean"));
            }
        }
        return parameters;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
