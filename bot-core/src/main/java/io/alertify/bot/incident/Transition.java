package io.alertify.bot.incident;

/**
 * The result of asking for a change: done, or refused with the reason. Refusals are ordinary results
 * (two people pressing Resolve at once is normal), so callers turn them into polite replies.
 *
 * @param incident the incident after the change, or as it stands when refused; null when not found
 */
public record Transition(Outcome outcome, IncidentSnapshot incident) {

    public enum Outcome {
        DONE, NOT_FOUND, ALREADY_ACKNOWLEDGED, ALREADY_RESOLVED
    }
}
