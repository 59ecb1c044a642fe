package io.alertify.bot.incident;

/**
 * Published inside the transaction that changed an incident; listeners that talk to the outside world
 * wait for the commit (see the dispatch package).
 *
 * @param announcement what to say to the incident's destinations, or null
 */
public record IncidentChanged(long incidentId, Change change, Announcement announcement) {

    public enum Change {
        OPENED, TRIGGERED_AGAIN, ACKNOWLEDGED, RESOLVED, NOTED
    }
}
