package io.alertify.pipeline.publish;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a publisher until the event is durable, with exponential backoff. The processor's thread
 * waits meanwhile, so the ingest bus fills and the collector answers 429: back-pressure instead of a
 * lost incident. Only an interrupt (shutdown that could not drain) gives up.
 */
public final class RetryingPublisher implements IncidentEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(RetryingPublisher.class);

    /** How the publisher waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final IncidentEventPublisher target;
    private final Backoff backoff;
    private final Pause pause;

    public RetryingPublisher(IncidentEventPublisher target, Backoff backoff, Pause pause) {
        this.target = Objects.requireNonNull(target, "target");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    public RetryingPublisher(IncidentEventPublisher target, Backoff backoff) {
        this(target, backoff, duration -> Thread.sleep(duration));
    }

    @Override
    public void publish(EventEnvelope event) {
        for (int attempt = 1; ; attempt++) {
            try {
                target.publish(event);
                return;
            } catch (RuntimeException e) {
                var wait = backoff.after(attempt);
                log.warn("publishing incident event {} failed (attempt {}), retrying in {}: {}",
                        event.eventId(), attempt, wait, e.toString());
                try {
                    pause.pause(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new EventPublishException("interrupted before incident event " + event.eventId()
                            + " was published", e);
                }
            }
        }
    }
}
