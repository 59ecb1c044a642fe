package io.alertify.remediation.run;

import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptResult;
import io.alertify.remediation.api.ScriptRunner;
import io.alertify.remediation.catalogue.ParameterViolation;
import io.alertify.remediation.catalogue.SchemaCheck;
import io.alertify.remediation.catalogue.Script;
import io.alertify.remediation.catalogue.ScriptCatalogue;
import io.alertify.remediation.catalogue.ScriptDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs catalogued scripts: a request for an incident that does not exist or is resolved, unknown
 * scripts, dangerous ones and parameters that break the schema are {@code REJECTED} before anything
 * runs; every request, rejected or not, is audited.
 */
public final class CatalogueScriptRunner implements ScriptRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueScriptRunner.class);
    static final String ANONYMOUS = "anonymous";

    private final ScriptCatalogue catalogue;
    private final RunLog runLog;
    private final Clock clock;
    private final IncidentGate incidents;

    public CatalogueScriptRunner(ScriptCatalogue catalogue, RunLog runLog, Clock clock, IncidentGate incidents) {
        this.catalogue = catalogue;
        this.runLog = runLog;
        this.clock = clock;
        this.incidents = incidents;
    }

    @Override
    public ScriptResult run(ScriptRequest request) {
        return execute(request).result();
    }

    /** Like {@link #run}, keeping the fields at fault when the request is rejected. */
    public RunOutcome execute(ScriptRequest request) {
        RunOutcome outcome = attempt(request);
        audit(request, outcome.result().status());
        return outcome;
    }

    private RunOutcome attempt(ScriptRequest request) {
        var state = incidents.stateOf(request.incidentId());
        if (state != IncidentGate.State.ACTIVE) {
            var message = "incident " + LogSafe.text(request.incidentId()) + (state == IncidentGate.State.RESOLVED
                    ? " is resolved; scripts run only for active incidents" : " does not exist");
            return RunOutcome.rejected(List.of(new Rejection("incident_id", message)), List.of(message));
        }
        Optional<Script> found = catalogue.find(request.scriptName());
        if (found.isEmpty()) {
            return rejectScript("unknown script '" + LogSafe.text(request.scriptName()) + "'; known: "
                    + String.join(", ", catalogue.names()));
        }
        ScriptDefinition definition = found.get().definition();
        if (definition.dangerous()) {
            // Approvals are part of the architecture (section 7) but not of ScriptRequest yet: refuse rather than run unapproved.
            return rejectScript("script '" + definition.name() + "' is dangerous and needs an approval, which this request does not carry");
        }
        SchemaCheck check = definition.schema().check(request.parameters());
        if (!check.valid()) {
            List<ParameterViolation> violations = check.violations();
            return RunOutcome.rejected(
                    violations.stream().map(v -> new Rejection("parameters." + v.parameter(), v.message())).toList(),
                    violations.stream().map(ParameterViolation::describe).toList());
        }
        return RunOutcome.ran(runGuarded(found.get(), check.parameters()));
    }

    private static RunOutcome rejectScript(String message) {
        return RunOutcome.rejected(List.of(new Rejection("script_name", message)), List.of(message));
    }

    /** Scripts report expected failures themselves; anything else still ends as FAILED, its stack trace kept out of the user's logs. */
    private static ScriptResult runGuarded(Script script, Map<String, String> parameters) {
        try {
            return script.execute(parameters);
        } catch (RuntimeException e) {
            LOG.warn("script {} failed unexpectedly", script.definition().name(), e);
            return new ScriptResult(RunStatus.FAILED, List.of("script failed unexpectedly (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private void audit(ScriptRequest request, RunStatus status) {
        String requestedBy = request.requestedBy() == null || request.requestedBy().isBlank() ? ANONYMOUS : request.requestedBy();
        runLog.add(new RunRecord(clock.instant(), requestedBy, request.incidentId(), request.scriptName(),
                request.parameters(), status));
        LOG.info("remediation run: script={} incident={} requested_by={} parameters={} status={}",
                LogSafe.text(request.scriptName()), LogSafe.text(request.incidentId()), LogSafe.text(requestedBy),
                LogSafe.parameters(request.parameters()), status.wireName());
    }
}
