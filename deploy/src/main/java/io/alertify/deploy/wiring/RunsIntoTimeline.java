package io.alertify.deploy.wiring;

import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptResult;
import io.alertify.remediation.api.ScriptRunListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a script run requested over HTTP into the incident it was for, so that the timeline and the
 * chat cards tell the whole story whichever way the fix was started.
 */
final class RunsIntoTimeline implements ScriptRunListener {

    private static final Logger log = LoggerFactory.getLogger(RunsIntoTimeline.class);

    private final IncidentService incidents;

    RunsIntoTimeline(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public void finished(ScriptRequest request, ScriptResult result) {
        long id;
        try {
            id = Long.parseLong(request.incidentId().trim());
        } catch (NumberFormatException e) {
            log.info("Script {} was asked for '{}', which is not an incident id; nothing recorded in a timeline",
                    request.scriptName(), request.incidentId());
            return;
        }
        var kind = result.status() == RunStatus.SUCCEEDED
                ? TimelineKind.REMEDIATION_SUCCEEDED : TimelineKind.REMEDIATION_FAILED;
        var text = request.scriptName() + " " + result.status().wireName() + lastLine(result.logs());
        incidents.note(id, kind, request.requestedBy() == null ? "api" : request.requestedBy(), text, null);
    }

    private static String lastLine(List<String> logs) {
        return logs.isEmpty() ? "" : ": " + logs.get(logs.size() - 1);
    }
}
