package io.alertify.remediation.catalogue;

import io.alertify.remediation.api.ScriptResult;
import java.util.Map;

/**
 * A catalogued script: its definition and the code that carries it out.
 *
 * <p>{@link #execute} receives only parameters that passed {@link ScriptDefinition#schema()}, defaults
 * filled in. It answers {@code SUCCEEDED} or {@code FAILED} with the steps it took as logs, which reach
 * users: they say what happened in plain words and never carry a stack trace. A script reports the
 * failures it expects (an API refusing, nothing to act on) as {@code FAILED} instead of throwing.
 */
public interface Script {

    ScriptDefinition definition();

    ScriptResult execute(Map<String, String> parameters);
}
