package io.alertify.bot.intake;

import io.alertify.bot.api.IncidentEventIntake;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumes incident events from RabbitMQ when {@code alertify.events.transport=rabbitmq}. The topology
 * is declared here (by Boot's RabbitAdmin on connect): a durable topic exchange, this bot's durable
 * queue bound to every routing key, and a durable dead-letter queue for events that can never be
 * applied. Acknowledgement is automatic: after the intake's transaction commits. A failure that is not
 * the event's fault is retried with pauses, then requeued ({@link TransientFailures}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alertify.events.transport", havingValue = "rabbitmq")
public class RabbitIntakeConfiguration {

    @Bean
    Declarables incidentEventsTopology(EventsProperties properties) {
        var names = properties.rabbitmq();
        var exchange = new TopicExchange(names.exchange(), true, false);
        var queue = QueueBuilder.durable(names.queue())
                .deadLetterExchange("")
                .deadLetterRoutingKey(names.deadLetterQueue())
                .build();
        var deadLetters = QueueBuilder.durable(names.deadLetterQueue()).build();
        return new Declarables(exchange, queue, deadLetters, BindingBuilder.bind(queue).to(exchange).with("#"));
    }

    @Bean
    SimpleMessageListenerContainer incidentEventsListener(ConnectionFactory connections, IncidentEventIntake intake,
            EventsProperties properties) {
        var container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(properties.rabbitmq().queue());
        container.setMessageListener(new IncidentEventListener(intake));
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(true);
        container.setPrefetchCount(20);
        container.setAdviceChain(TransientFailures.retryThenRequeue());
        return container;
    }
}
