package io.alertify.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.api.InvalidIncidentEventException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.dao.DataAccessResourceFailureException;

/** How the RabbitMQ listener tells the container to park an event or to try it again. */
class IncidentEventListenerTest {

    private static Message message(String body) {
        return new Message(body.getBytes(StandardCharsets.UTF_8), new MessageProperties());
    }

    @Test
    void anInvalidEventIsRejectedWithoutRequeueSoThatItIsDeadLettered() {
        var listener = new IncidentEventListener(json -> {
            throw new InvalidIncidentEventException("event_id: is required");
        });

        assertThatThrownBy(() -> listener.onMessage(message("{}")))
                .isInstanceOf(AmqpRejectAndDontRequeueException.class)
                .hasMessageContaining("event_id: is required");
    }

    @Test
    void aTransientFailurePropagatesSoThatTheMessageIsRequeued() {
        var listener = new IncidentEventListener(json -> {
            throw new DataAccessResourceFailureException("database is restarting");
        });

        assertThatThrownBy(() -> listener.onMessage(message("{}")))
                .isInstanceOf(DataAccessResourceFailureException.class)
                .isNotInstanceOf(AmqpRejectAndDontRequeueException.class);
    }

    @Test
    void theBodyIsHandedOverAsUtf8Text() {
        var received = new StringBuilder();
        var listener = new IncidentEventListener(received::append);

        assertThatCode(() -> listener.onMessage(message("{\"service\":\"оплата\"}"))).doesNotThrowAnyException();
        assertThat(received.toString()).isEqualTo("{\"service\":\"оплата\"}");
    }
}
