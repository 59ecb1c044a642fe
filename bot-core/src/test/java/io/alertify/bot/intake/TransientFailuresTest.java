package io.alertify.bot.intake;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.dao.DataAccessResourceFailureException;

class TransientFailuresTest {

    private final Message message = new Message("{}".getBytes(), new MessageProperties());

    @Test
    void aDatabaseOutageSendsTheEventBackToTheQueueForLater() {
        assertThatThrownBy(() -> TransientFailures.recover(message,
                new RuntimeException("listener failed", new DataAccessResourceFailureException("connection refused"))))
                .isInstanceOf(ImmediateRequeueAmqpException.class);
    }

    @Test
    void anInvalidEventIsStillParkedInTheDeadLetterQueue() {
        var reject = new AmqpRejectAndDontRequeueException("invalid incident event: service: is required");

        assertThatThrownBy(() -> TransientFailures.recover(message, new RuntimeException("listener failed", reject)))
                .isSameAs(reject);
    }
}
