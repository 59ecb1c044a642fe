package io.alertify.remediation.kubernetes;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry around every Kubernetes API call: a few attempts with exponential backoff, for transient
 * failures only (5xx, 429, connection failures). Deleting a pod twice is harmless: the second delete
 * finds it gone, which the script reports as such.
 */
public final class KubernetesRetry {

    private static final Logger LOG = LoggerFactory.getLogger(KubernetesRetry.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);

    private KubernetesRetry() {
    }

    /** Three attempts, waiting 0.5 s then 1 s: long enough for an API server restart to be noticed, short enough for a chat user. */
    public static Retry standard() {
        return of(MAX_ATTEMPTS, FIRST_WAIT);
    }

    public static Retry of(int maxAttempts, Duration firstWait) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(firstWait, 2.0))
                .retryOnException(KubernetesFailures::isTransient)
                .build();
        Retry retry = Retry.of("kubernetes", config);
        retry.getEventPublisher().onRetry(event -> LOG.warn("kubernetes call failed (attempt {}), retrying in {} ms: {}",
                event.getNumberOfRetryAttempts(), event.getWaitInterval().toMillis(),
                KubernetesFailures.describe(event.getLastThrowable())));
        return retry;
    }
}
