package io.alertify.bot.api;

import java.util.List;
import java.util.Map;

/**
 * Port to the remediation module, wired in deploy so that bot-core never depends on it. Runs a named
 * script for an incident on behalf of an actor whose permission bot-core has already checked.
 */
public interface Remediator {

    Result run(String scriptName, long incidentId, Map<String, String> parameters, String actor);

    /** {@code succeeded} false covers both a failed run and a refused one; the logs say which. */
    record Result(boolean succeeded, List<String> logs) {
        public Result {
            logs = List.copyOf(logs);
        }
    }
}
