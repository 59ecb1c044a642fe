package io.alertify.bot.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent ({@code alertify.dispatch.*}). Every Notifier call is retried with
 * exponential backoff and guarded by a circuit breaker per channel, so that a Slack outage neither
 * loses a card to a blip nor keeps threads waiting on a dead API.
 *
 * @param maxAttempts    calls per notification, the first included
 * @param initialBackoff wait before the second attempt; doubled before each further one
 * @param threads        notifications sent at once; intake and button presses never wait for them
 */
@ConfigurationProperties("alertify.dispatch")
public record DispatchProperties(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff,
        @DefaultValue("2") int threads,
        @DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * @param failureRateThreshold percentage of failed calls that opens the breaker of a channel
     * @param minimumCalls         calls seen before the rate counts
     * @param openDuration         how long an open breaker refuses calls before trying again
     */
    public record CircuitBreaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("30s") Duration openDuration) {
    }
}
