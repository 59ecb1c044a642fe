package io.alertify.pipeline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryingPublisherTest {

    private static final EventEnvelope EVENT = new EventEnvelope("e-1", "critical", "{}");

    @Test
    void retriesUntilTheTransportTakesTheEvent() {
        var attempts = new int[1];
        IncidentEventPublisher flaky = event -> {
            if (++attempts[0] < 4) {
                throw new EventPublishException("nacked");
            }
        };
        var publisher = new RetryingPublisher(flaky, new Backoff(Duration.ofMillis(1), Duration.ofMillis(4)));

        publisher.publish(EVENT);

        assertThat(attempts[0]).isEqualTo(4);
        assertThat(publisher.succeededAfterRetries()).isEqualTo(1);
    }

    @Test
    void givesUpOnlyWhenInterrupted() {
        IncidentEventPublisher down = event -> {
            throw new EventPublishException("down");
        };
        var publisher = new RetryingPublisher(down, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)));

        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> publisher.publish(EVENT))
                .isInstanceOf(EventPublishException.class)
                .hasMessageContaining("e-1");
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(100)).isEqualTo(Duration.ofMinutes(5));
    }
}
