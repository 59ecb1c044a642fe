package io.alertify.remediation.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptResult;
import io.alertify.remediation.catalogue.ParameterSpec;
import io.alertify.remediation.catalogue.ParameterType;
import io.alertify.remediation.catalogue.Script;
import io.alertify.remediation.catalogue.ScriptCatalogue;
import io.alertify.remediation.catalogue.ScriptDefinition;
import io.alertify.remediation.catalogue.ScriptSchema;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueScriptRunnerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T06:00:00Z");

    private final List<Map<String, String>> executions = new ArrayList<>();
    private final RunLog runLog = new RunLog(10);

    @Test
    void runsAScriptWithItsCheckedParametersAndAuditsTheRun() {
        CatalogueScriptRunner runner = runner(echo("greet", false, parameters ->
                new ScriptResult(RunStatus.SUCCEEDED, List.of("hello " + parameters.get("name")))));

        ScriptResult result = runner.run(new ScriptRequest("42", "greet", Map.of("name", "bob"), "alice"));

        assertThat(result).isEqualTo(new ScriptResult(RunStatus.SUCCEEDED, List.of("hello bob")));
        assertThat(executions).containsExactly(Map.of("name", "bob"));
        assertThat(runLog.recent()).containsExactly(
                new RunRecord(NOW, "alice", "42", "greet", Map.of("name", "bob"), RunStatus.SUCCEEDED));
    }

    @Test
    void rejectsAnUnknownScriptNamingTheKnownOnes() {
        CatalogueScriptRunner runner = runner(echo("restart_pod", false, ok()), echo("greet", false, ok()));

        RunOutcome outcome = runner.execute(new ScriptRequest("42", "drop_database", Map.of(), "alice"));

        assertThat(outcome.result()).isEqualTo(new ScriptResult(RunStatus.REJECTED,
                List.of("unknown script 'drop_database'; known: greet, restart_pod")));
        assertThat(outcome.rejections()).extracting(Rejection::field).containsExactly("script_name");
        assertThat(runLog.recent()).extracting(RunRecord::status).containsExactly(RunStatus.REJECTED);
    }

    @Test
    void rejectsBadParametersBeforeAnythingRuns() {
        CatalogueScriptRunner runner = runner(echo("greet", false, ok()));

        RunOutcome outcome = runner.execute(new ScriptRequest("42", "greet", Map.of("name", "bob; rm -rf /"), null));

        assertThat(executions).isEmpty();
        assertThat(outcome.result().status()).isEqualTo(RunStatus.REJECTED);
        assertThat(outcome.result().logs()).containsExactly("name: must be lowercase letters");
        assertThat(outcome.rejections()).containsExactly(new Rejection("parameters.name", "must be lowercase letters"));
        assertThat(runLog.recent()).extracting(RunRecord::requestedBy).containsExactly(CatalogueScriptRunner.ANONYMOUS);
    }

    @Test
    void refusesADangerousScriptWithoutAnApproval() {
        CatalogueScriptRunner runner = runner(echo("drain_node", true, ok()));

        ScriptResult result = runner.run(new ScriptRequest("42", "drain_node", Map.of("name", "node"), "alice"));

        assertThat(executions).isEmpty();
        assertThat(result.status()).isEqualTo(RunStatus.REJECTED);
        assertThat(result.logs()).singleElement().asString().contains("dangerous", "approval");
    }

    @Test
    void aScriptThatThrowsFailsWithoutAStackTraceInItsLogs() {
        CatalogueScriptRunner runner = runner(echo("greet", false, parameters -> {
            throw new IllegalStateException("secret internals");
        }));

        ScriptResult result = runner.run(new ScriptRequest("42", "greet", Map.of("name", "bob"), "alice"));

        assertThat(result).isEqualTo(new ScriptResult(RunStatus.FAILED,
                List.of("script failed unexpectedly (IllegalStateException)")));
        assertThat(runLog.recent()).extracting(RunRecord::status).containsExactly(RunStatus.FAILED);
    }

    /** 42 is open, 7 was resolved, nothing else exists. */
    private static final IncidentGate INCIDENTS = id -> switch (id) {
        case "42" -> IncidentGate.State.ACTIVE;
        case "7" -> IncidentGate.State.RESOLVED;
        default -> IncidentGate.State.UNKNOWN;
    };

    @Test
    void runsOnlyForAnIncidentThatExistsAndIsActiveAndAuditsTheRefusal() {
        var runner = runner(echo("greet", false, ok()));

        var unknown = runner.execute(new ScriptRequest("404", "greet", Map.of("name", "bob"), "alice"));
        var resolved = runner.execute(new ScriptRequest("7", "greet", Map.of("name", "bob"), "alice"));

        assertThat(unknown.rejections()).containsExactly(new Rejection("incident_id", "incident 404 does not exist"));
        assertThat(resolved.rejections()).containsExactly(
                new Rejection("incident_id", "incident 7 is resolved; scripts run only for active incidents"));
        assertThat(runLog.recent()).extracting(RunRecord::status)
                .containsExactly(RunStatus.REJECTED, RunStatus.REJECTED);
    }

    private CatalogueScriptRunner runner(Script... scripts) {
        return new CatalogueScriptRunner(new ScriptCatalogue(List.of(scripts)), runLog, Clock.fixed(NOW, ZoneOffset.UTC),
                INCIDENTS);
    }

    private static Function<Map<String, String>, ScriptResult> ok() {
        return parameters -> new ScriptResult(RunStatus.SUCCEEDED, List.of());
    }

    /** A script with one parameter, {@code name} (lowercase letters), that records what it was run with. */
    private Script echo(String scriptName, boolean dangerous, Function<Map<String, String>, ScriptResult> body) {
        ScriptDefinition definition = new ScriptDefinition(scriptName, "test script", new ScriptSchema(List.of(
                ParameterSpec.required("name", ParameterType.STRING, "who")
                        .matching(Pattern.compile("[a-z]+"), "lowercase letters", 20)), List.of()), dangerous);
        return new Script() {
            @Override
            public ScriptDefinition definition() {
                return definition;
            }

            @Override
            public ScriptResult execute(Map<String, String> parameters) {
                executions.add(parameters);
                return body.apply(parameters);
            }
        };
    }
}
