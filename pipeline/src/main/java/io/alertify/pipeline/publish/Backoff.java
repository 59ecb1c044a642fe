package io.alertify.pipeline.publish;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/** Exponential backoff: {@code initial}, doubled after each failed attempt, never above {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, was " + initial + " and " + max);
        }
    }

    /** The wait after the given failed attempt (1 = first failure). */
    public Duration after(int failedAttempts) {
        return Duration.ofMillis(intervals().apply(Math.max(failedAttempts, 1)));
    }

    /** The same schedule as Resilience4j's interval function, for retries it runs itself. */
    public IntervalFunction intervals() {
        return IntervalFunction.ofExponentialBackoff(initial, 2.0, max);
    }
}
