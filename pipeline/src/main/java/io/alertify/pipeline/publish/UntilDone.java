package io.alertify.pipeline.publish;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call on the caller's thread until it succeeds, with exponential backoff (Resilience4j). Used on
 * the processor's thread for what must not be skipped (publishing an event, recording that a problem is
 * open): the processor waits, the ingest bus fills and the collector answers 429, back-pressure instead of
 * a lost incident. Only an interrupt (a shutdown that could not drain) gives up, with the last failure.
 */
public final class UntilDone {

    private static final Logger log = LoggerFactory.getLogger(UntilDone.class);

    private final Retry retry;

    /** @param what what is being done, for the log: "publishing an incident event" */
    public UntilDone(String what, Backoff backoff) {
        this.retry = Retry.of(what, RetryConfig.custom()
                .maxAttempts(Integer.MAX_VALUE)
                .intervalFunction(backoff.intervals())
                .retryExceptions(RuntimeException.class)
                .build());
        retry.getEventPublisher().onRetry(event -> log.warn("{} failed (attempt {}), retrying in {}: {}", what,
                event.getNumberOfRetryAttempts(), event.getWaitInterval(), String.valueOf(event.getLastThrowable())));
    }

    public <T> T call(Supplier<T> call) {
        return Retry.decorateSupplier(retry, call).get();
    }

    public void run(Runnable call) {
        Retry.decorateRunnable(retry, call).run();
    }

    /** Calls that needed at least one retry before they succeeded, for tests and metrics. */
    public long succeededAfterRetries() {
        return retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt();
    }
}
