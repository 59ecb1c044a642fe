package io.alertify.pipeline.publish;

/** A transport did not take an event; retrying later may succeed. */
public class EventPublishException extends RuntimeException {

    public EventPublishException(String message) {
        super(message);
    }

    public EventPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
