package io.alertify.pipeline.publish.rabbitmq;

import io.alertify.pipeline.testing.LocalServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.pipeline.publish.EventEnvelope;
import io.alertify.pipeline.publish.EventPublishException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Against the local broker: what the bot's queue receives, and what the publisher refuses to lose. */
class RabbitIncidentEventPublisherTest {

    private static final String EVENT_JSON = "{\"schema\":\"alertify.incident-event/v1\",\"event_id\":\"e-1\"}";

    private final String exchangeName = "alertify.test.incident-events." + UUID.randomUUID();
    private CachingConnectionFactory connectionFactory;
    private RabbitAdmin admin;
    private RabbitIncidentEventPublisher publisher;

    @BeforeEach
    void connect() {
        LocalServer.RABBITMQ.requireReachable();
        connectionFactory = new CachingConnectionFactory(LocalServer.RABBITMQ.host(), LocalServer.RABBITMQ.port());
        connectionFactory.setUsername("guest");
        connectionFactory.setPassword("guest");
        connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connectionFactory.setPublisherReturns(true);
        admin = new RabbitAdmin(connectionFactory);
        admin.declareExchange(new TopicExchange(exchangeName, true, false));
        publisher = new RabbitIncidentEventPublisher(mandatoryTemplate(), exchangeName, Duration.ofSeconds(10));
    }

    @AfterEach
    void disconnect() {
        if (connectionFactory != null) {
            admin.deleteExchange(exchangeName);
            connectionFactory.destroy();
        }
    }

    @Test
    void publishesAPersistentJsonMessageRoutedBySeverity() {
        var queue = admin.declareQueue();
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange(exchangeName)).with("#"));

        publisher.publish(new EventEnvelope("e-1", "critical", EVENT_JSON));

        var message = new RabbitTemplate(connectionFactory).receive(queue.getName(), 10_000);
        assertThat(message).as("the event reached the bound queue").isNotNull();
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo(EVENT_JSON);
        var properties = message.getMessageProperties();
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(properties.getMessageId()).isEqualTo("e-1");
        assertThat(properties.getReceivedRoutingKey()).isEqualTo("critical");
        assertThat(properties.getReceivedExchange()).isEqualTo(exchangeName);
    }

    @Test
    void anEventNoQueueTakesIsAnErrorSoTheCallerRetries() {
        assertThatThrownBy(() -> publisher.publish(new EventEnvelope("e-2", "warning", EVENT_JSON)))
                .isInstanceOf(EventPublishException.class)
                .hasMessageContaining("unroutable")
                .hasMessageContaining("is the bot running?");
    }

    @Test
    void aMissingExchangeIsAnErrorSoTheCallerRetries() {
        var nowhere = new RabbitIncidentEventPublisher(mandatoryTemplate(), exchangeName + ".missing",
                Duration.ofSeconds(10));

        assertThatThrownBy(() -> nowhere.publish(new EventEnvelope("e-3", "info", EVENT_JSON)))
                .isInstanceOf(EventPublishException.class);
    }

    @Test
    void refusesAConnectionWithoutPublisherConfirms() {
        var unconfirmed = new CachingConnectionFactory(LocalServer.RABBITMQ.host(), LocalServer.RABBITMQ.port());
        try {
            assertThatThrownBy(() -> new RabbitIncidentEventPublisher(new RabbitTemplate(unconfirmed), exchangeName,
                    Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("spring.rabbitmq.publisher-confirm-type=correlated");
        } finally {
            unconfirmed.destroy();
        }
    }

    private RabbitTemplate mandatoryTemplate() {
        var template = new RabbitTemplate(connectionFactory);
        template.setMandatory(true);
        return template;
    }
}
