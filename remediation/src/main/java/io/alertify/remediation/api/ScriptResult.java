package io.alertify.remediation.api;

import java.util.List;

public record ScriptResult(RunStatus status, List<String> logs) {
    public ScriptResult {
        logs = List.copyOf(logs);
    }
}
