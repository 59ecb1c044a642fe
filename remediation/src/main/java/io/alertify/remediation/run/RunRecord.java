package io.alertify.remediation.run;

import io.alertify.remediation.api.RunStatus;
import java.time.Instant;
import java.util.Map;

/** One audited run: who asked, when, for which incident, what, and how it ended. */
public record RunRecord(Instant at, String requestedBy, String incidentId, String scriptName,
                        Map<String, String> parameters, RunStatus status) {

    public RunRecord {
        parameters = Map.copyOf(parameters);
    }
}
