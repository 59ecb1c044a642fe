package io.alertify.remediation.run;

import io.alertify.remediation.api.RunStatus;
import io.alertify.remediation.api.ScriptResult;
import java.util.List;

/** A run's result, and for a rejected request the fields at fault (so HTTP can name them). */
public record RunOutcome(ScriptResult result, List<Rejection> rejections) {

    public RunOutcome {
        rejections = List.copyOf(rejections);
    }

    static RunOutcome ran(ScriptResult result) {
        return new RunOutcome(result, List.of());
    }

    /** @param logs what the user reads; one line per rejection, worded for a person */
    static RunOutcome rejected(List<Rejection> rejections, List<String> logs) {
        return new RunOutcome(new ScriptResult(RunStatus.REJECTED, logs), rejections);
    }
}
