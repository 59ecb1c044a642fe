package io.alertify.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.api.Channel;
import io.alertify.bot.testing.RecordingNotifier;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotifierCallsTest {

    private static DispatchProperties properties(int minimumCalls) {
        return new DispatchProperties(3, Duration.ofMillis(1), 1,
                new DispatchProperties.CircuitBreaker(50, minimumCalls, Duration.ofMinutes(1)));
    }

    private final NotifierCalls calls = new NotifierCalls(
            List.of(new RecordingNotifier(Channel.SLACK, true)), properties(100));

    @Test
    void aTransientFailureIsRetried() {
        var attempts = new AtomicInteger();

        var result = calls.call(Channel.SLACK, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("slack answered 503");
            }
            return "posted";
        });

        assertThat(result).isEqualTo("posted");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterTheLastAttemptTheFailureIsThrown() {
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> calls.call(Channel.SLACK, () -> {
            throw new IllegalStateException("slack answered 503 #" + attempts.incrementAndGet());
        })).hasMessage("slack answered 503 #3");
    }

    @Test
    void anOpenBreakerFailsFastWithoutCallingAndOnlyForItsChannel() {
        var fragile = new NotifierCalls(List.of(), properties(2));
        var failed = new AtomicInteger();
        assertThatThrownBy(() -> fragile.run(Channel.SLACK, () -> {
            failed.incrementAndGet();
            throw new IllegalStateException("down");
        }));
        assertThat(failed).as("the breaker opens after two failures and stops the third attempt").hasValue(2);
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> fragile.run(Channel.SLACK, attempts::incrementAndGet))
                .isInstanceOf(CallNotPermittedException.class);
        assertThat(attempts).hasValue(0);
        assertThat(fragile.call(Channel.TELEGRAM, () -> "fine")).isEqualTo("fine");
    }

    @Test
    void aChannelWithoutNotifierHasNone() {
        assertThat(calls.notifier(Channel.SLACK)).isPresent();
        assertThat(calls.notifier(Channel.TELEGRAM)).isEmpty();
    }

    @Test
    void twoNotifiersForOneChannelAreAWiringMistake() {
        assertThatThrownBy(() -> new NotifierCalls(List.of(new RecordingNotifier(Channel.EMAIL, false),
                new RecordingNotifier(Channel.EMAIL, false)), properties(100)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two Notifier beans for channel email");
    }
}
