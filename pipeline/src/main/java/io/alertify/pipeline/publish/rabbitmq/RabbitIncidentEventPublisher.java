package io.alertify.pipeline.publish.rabbitmq;

import io.alertify.pipeline.publish.EventEnvelope;
import io.alertify.pipeline.publish.EventPublishException;
import io.alertify.pipeline.publish.IncidentEventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes incident events to the durable topic exchange {@code alertify.events.rabbitmq.exchange}
 * as persistent JSON messages, routing key = severity ({@code critical}, {@code error}, ...; the bot
 * binds {@code #}). {@link #publish} waits for the broker's publisher confirm and throws when the
 * broker nacks, does not answer in time, or returns the message as unroutable (no queue bound yet:
 * the bot has not declared its queue), so the caller retries instead of losing the event.
 *
 * <p>The template must be mandatory and its connection factory must have correlated publisher confirms
 * and publisher returns ({@code spring.rabbitmq.publisher-confirm-type=correlated},
 * {@code spring.rabbitmq.publisher-returns=true}).
 */
public final class RabbitIncidentEventPublisher implements IncidentEventPublisher {

    private final RabbitTemplate template;
    private final String exchange;
    private final Duration confirmTimeout;

    public RabbitIncidentEventPublisher(RabbitTemplate template, String exchange, Duration confirmTimeout) {
        if (!template.getConnectionFactory().isPublisherConfirms()
                || !template.getConnectionFactory().isPublisherReturns()) {
            throw new IllegalStateException("incident events over RabbitMQ need publisher confirms and returns: set "
                    + "spring.rabbitmq.publisher-confirm-type=correlated and spring.rabbitmq.publisher-returns=true");
        }
        this.template = template;
        this.exchange = exchange;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void publish(EventEnvelope event) {
        var correlation = new CorrelationData(event.eventId());
        template.send(exchange, event.severity(), message(event), correlation);
        CorrelationData.Confirm confirm = awaitConfirm(event, correlation);
        if (!confirm.ack()) {
            throw new EventPublishException("RabbitMQ refused incident event " + event.eventId() + ": " + confirm.reason());
        }
        var returned = correlation.getReturned();
        if (returned != null) {
            throw new EventPublishException("incident event " + event.eventId() + " was unroutable on exchange '"
                    + exchange + "' with routing key '" + event.severity() + "' (" + returned.getReplyText()
                    + "): no queue is bound yet; is the bot running?");
        }
    }

    private static Message message(EventEnvelope event) {
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(event.eventId());
        properties.setAppId("alertify-pipeline");
        return new Message(event.json().getBytes(StandardCharsets.UTF_8), properties);
    }

    private CorrelationData.Confirm awaitConfirm(EventEnvelope event, CorrelationData correlation) {
        try {
            return correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new EventPublishException("no publisher confirm for incident event " + event.eventId() + " within "
                    + confirmTimeout, e);
        } catch (ExecutionException e) {
            throw new EventPublishException("publishing incident event " + event.eventId() + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishException("interrupted while waiting for the confirm of " + event.eventId(), e);
        }
    }
}
