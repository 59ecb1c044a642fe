package io.alertify.pipeline.api;

/**
 * Where the in-process transport hands incident events (JSON, wire contract v1) after taking them from
 * the outbox. Throwing leaves the event in the outbox for a later attempt, except for
 * {@link Undeliverable}, which parks it.
 */
@FunctionalInterface
public interface IncidentEventDelivery {

    void deliver(String eventJson);

    /** The receiver will never accept this event; retrying is pointless. */
    class Undeliverable extends RuntimeException {
        public Undeliverable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
