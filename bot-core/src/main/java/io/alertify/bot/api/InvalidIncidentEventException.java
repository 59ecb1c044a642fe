package io.alertify.bot.api;

/** An incident event that does not follow the wire contract; retrying it will not help. */
public class InvalidIncidentEventException extends RuntimeException {
    public InvalidIncidentEventException(String message) {
        super(message);
    }

    public InvalidIncidentEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
