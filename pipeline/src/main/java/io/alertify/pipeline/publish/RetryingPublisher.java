package io.alertify.pipeline.publish;

import java.util.Objects;

/**
 * Retries a publisher until the event is durable ({@link UntilDone}): a failing transport holds the
 * processor back rather than losing an incident.
 */
public final class RetryingPublisher implements IncidentEventPublisher {

    private final IncidentEventPublisher target;
    private final UntilDone untilDone;

    public RetryingPublisher(IncidentEventPublisher target, Backoff backoff) {
        this.target = Objects.requireNonNull(target, "target");
        this.untilDone = new UntilDone("publishing an incident event", backoff);
    }

    @Override
    public void publish(EventEnvelope event) {
        try {
            untilDone.run(() -> target.publish(event));
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new EventPublishException("interrupted before incident event " + event.eventId()
                        + " was published", e);
            }
            throw e;
        }
    }

    /** Attempts that needed at least one retry before they succeeded, for tests and metrics. */
    long succeededAfterRetries() {
        return untilDone.succeededAfterRetries();
    }
}
