package io.alertify.bot.intake;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.InvalidIncidentEventException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;

/**
 * Hands RabbitMQ deliveries to the intake. An invalid event is rejected without requeue, so the broker
 * dead-letters it to {@code <queue>.dlq}; any other failure (database down) propagates, and the
 * container requeues the message for another attempt.
 */
class IncidentEventListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(IncidentEventListener.class);

    private final IncidentEventIntake intake;

    IncidentEventListener(IncidentEventIntake intake) {
        this.intake = intake;
    }

    @Override
    public void onMessage(Message message) {
        var json = new String(message.getBody(), StandardCharsets.UTF_8);
        try {
            intake.accept(json);
        } catch (InvalidIncidentEventException e) {
            log.warn("Parking an invalid incident event in the dead-letter queue: {}", e.getMessage());
            throw new AmqpRejectAndDontRequeueException("invalid incident event: " + e.getMessage(), e);
        }
    }
}
