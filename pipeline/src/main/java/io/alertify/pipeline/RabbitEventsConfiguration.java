package io.alertify.pipeline;

import io.alertify.pipeline.publish.rabbitmq.RabbitIncidentEventPublisher;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code alertify.events.transport=rabbitmq}: events go to a durable topic exchange, declared here (Boot's
 * {@code RabbitAdmin} declares {@link TopicExchange} beans on first connection). The pipeline does not
 * declare the bot's queue: the bot owns it and its dead-letter arguments. The template is the
 * pipeline's own, mandatory, so setting it does not change the application's shared template.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alertify.events.transport", havingValue = "rabbitmq")
class RabbitEventsConfiguration {

    @Bean
    TopicExchange incidentEventsExchange(EventsProperties events) {
        return new TopicExchange(events.rabbitmq().exchange(), true, false);
    }

    @Bean
    RabbitIncidentEventPublisher rabbitIncidentEventPublisher(ConnectionFactory connectionFactory,
                                                              EventsProperties events) {
        var template = new RabbitTemplate(connectionFactory);
        template.setMandatory(true);
        return new RabbitIncidentEventPublisher(template, events.rabbitmq().exchange(),
                events.rabbitmq().confirmTimeout());
    }
}
