package io.alertify.remediation.http;

import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptRequest;
import io.alertify.remediation.api.ScriptResult;
import io.alertify.remediation.api.ScriptRunListener;
import io.alertify.remediation.run.CatalogueScriptRunner;
import io.alertify.remediation.run.RunOutcome;
import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /run-script}. A run that happened answers 200 whether it succeeded or failed: the request
 * was fine, the infrastructure said no, and the logs say why. Authorisation (ENGINEER) is deploy's.
 */
@RestController
public class RunScriptController {

    private static final Logger LOG = LoggerFactory.getLogger(RunScriptController.class);

    private final CatalogueScriptRunner runner;
    private final List<ScriptRunListener> listeners;

    public RunScriptController(CatalogueScriptRunner runner, List<ScriptRunListener> listeners) {
        this.runner = runner;
        this.listeners = List.copyOf(listeners);
    }

    @PostMapping(path = "/run-script", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> runScript(@RequestBody(required = false) JsonNode body, Principal caller) {
        ScriptRequest request = RunScriptBody.parse(body, caller == null ? null : caller.getName());
        RunOutcome outcome = runner.execute(request);
        tellListeners(request, outcome.result());
        if (outcome.result().status() == RunStatus.REJECTED) {
            return Problems.answer(HttpStatus.UNPROCESSABLE_CONTENT, "Script request rejected",
                    outcome.rejections());
        }
        return ResponseEntity.ok(new RunScriptResponse(outcome.result().status().wireName(), outcome.result().logs()));
    }

    /** The script has run by now: a listener that fails must not turn the answer into an error. */
    private void tellListeners(ScriptRequest request, ScriptResult result) {
        for (ScriptRunListener listener : listeners) {
            try {
                listener.finished(request, result);
            } catch (RuntimeException e) {
                LOG.warn("script run listener {} failed", listener.getClass().getName(), e);
            }
        }
    }
}
