package io.alertify.bot.incident;

/** Asked over HTTP for an incident that does not exist; answered with 404. */
public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(long id) {
        super("no incident " + id);
    }
}
