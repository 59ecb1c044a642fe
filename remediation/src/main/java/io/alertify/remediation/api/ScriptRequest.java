package io.alertify.remediation.api;

import java.util.Map;

/** Run {@code scriptName} for an incident, on behalf of {@code requestedBy} (for the audit log). */
public record ScriptRequest(String incidentId, String scriptName, Map<String, String> parameters, String requestedBy) {
    public ScriptRequest {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
