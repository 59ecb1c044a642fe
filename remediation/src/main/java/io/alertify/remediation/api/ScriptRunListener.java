package io.alertify.remediation.api;

/**
 * Told about every script run requested over HTTP ({@code POST /run-script}), after it finished, whatever
 * its status (rejected runs included, so an audit trail can show refused attempts). Deploy implements it
 * to copy such runs into the incident timeline; runs that other modules start by calling
 * {@link ScriptRunner} directly are not reported here, because the caller already knows the result.
 *
 * <p>Called on the request thread. An exception thrown here is logged and does not change the HTTP
 * answer: the script has already run.
 */
@FunctionalInterface
public interface ScriptRunListener {

    void finished(ScriptRequest request, ScriptResult result);
}
