package io.alertify.remediation.api;

/** Runs catalogued scripts. Never throws for a bad request: it answers {@link RunStatus#REJECTED}. */
public interface ScriptRunner {

    ScriptResult run(ScriptRequest request);
}
