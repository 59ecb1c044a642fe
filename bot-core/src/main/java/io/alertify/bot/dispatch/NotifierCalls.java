package io.alertify.bot.dispatch;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Notifier;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Notifier of each channel, and the one place where calls to them are retried (exponential
 * backoff) and circuit-broken (one breaker per channel: a dead Slack does not slow Telegram down).
 * An open breaker fails the call at once instead of being retried.
 */
public class NotifierCalls {

    private static final Logger log = LoggerFactory.getLogger(NotifierCalls.class);

    private final Map<Channel, Notifier> notifiers = new EnumMap<>(Channel.class);
    private final Set<Channel> reportedMissing = ConcurrentHashMap.newKeySet();
    private final RetryRegistry retries;
    private final CircuitBreakerRegistry breakers;

    public NotifierCalls(List<Notifier> notifiers, DispatchProperties properties) {
        for (var notifier : notifiers) {
            var previous = this.notifiers.putIfAbsent(notifier.channel(), notifier);
            if (previous != null) {
                throw new IllegalStateException("two Notifier beans for channel " + notifier.channel().wireName()
                        + ": " + previous.getClass().getName() + " and " + notifier.getClass().getName());
            }
        }
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.initialBackoff(), 2.0))
                .ignoreExceptions(CallNotPermittedException.class)
                .build());
        var breaker = properties.circuitBreaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(breaker.failureRateThreshold())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .slidingWindowSize(Math.max(breaker.minimumCalls(), 10))
                .waitDurationInOpenState(breaker.openDuration())
                .build());
    }

    /** The channel's notifier; a channel without one is reported once, then skipped quietly. */
    public Optional<Notifier> notifier(Channel channel) {
        var notifier = notifiers.get(channel);
        if (notifier == null && reportedMissing.add(channel)) {
            log.info("No notifier for channel {} is enabled; its destinations are skipped", channel.wireName());
        }
        return Optional.ofNullable(notifier);
    }

    /** Runs {@code call} on the channel's notifier with retry and circuit breaking; throws the last failure. */
    public <T> T call(Channel channel, Supplier<T> call) {
        var name = "notifier-" + channel.wireName();
        CircuitBreaker breaker = breakers.circuitBreaker(name);
        Retry retry = retries.retry(name);
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
    }

    public void run(Channel channel, Runnable call) {
        call(channel, () -> {
            call.run();
            return null;
        });
    }
}
