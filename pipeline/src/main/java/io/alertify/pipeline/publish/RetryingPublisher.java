package io.alertify.pipeline.publish;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a publisher until the event is durable, with exponential backoff (Resilience4j). The
 * processor's thread waits meanwhile, so the ingest bus fills and the collector answers 429:
 * back-pressure instead of a lost incident. Only an interrupt (a shutdown that could not drain) gives up.
 */
public final class RetryingPublisher implements IncidentEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(RetryingPublisher.class);

    private final IncidentEventPublisher target;
    private final Retry retry;

    public RetryingPublisher(IncidentEventPublisher target, Backoff backoff) {
        this.target = Objects.requireNonNull(target, "target");
        this.retry = Retry.of("incident-event-publisher", RetryConfig.custom()
                .maxAttempts(Integer.MAX_VALUE)
                .intervalFunction(backoff.intervals())
                .retryExceptions(RuntimeException.class)
                .build());
        retry.getEventPublisher().onRetry(event -> log.warn("publishing an incident event failed (attempt {}), "
                + "retrying in {}: {}", event.getNumberOfRetryAttempts(), event.getWaitInterval(),
                String.valueOf(event.getLastThrowable())));
    }

    @Override
    public void publish(EventEnvelope event) {
        try {
            Retry.decorateRunnable(retry, () -> target.publish(event)).run();
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
        return retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt();
    }
}
