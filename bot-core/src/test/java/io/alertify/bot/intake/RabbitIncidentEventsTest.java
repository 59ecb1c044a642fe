package io.alertify.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.BotCoreTestApplication;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.LocalServers;
import io.alertify.bot.testing.LocalServers.Server;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Incident events through the local RabbitMQ (guest/guest), on an exchange and queue named for this
 * run so that nothing else on the broker is touched; they are deleted afterwards.
 */
@LocalServers.Requires(Server.RABBITMQ)
@SpringBootTest(classes = BotCoreTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:botcore-rabbit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "spring.rabbitmq.host=127.0.0.1",
        "spring.rabbitmq.port=5672",
        "spring.rabbitmq.username=guest",
        "spring.rabbitmq.password=guest",
        "alertify.events.transport=rabbitmq",
        "alertify.events.rabbitmq.exchange=alertify.incident-events.test-${random.uuid}",
        "alertify.events.rabbitmq.queue=alertify.bot.incident-events.test-${random.uuid}"})
class RabbitIncidentEventsTest {

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    EventsProperties properties;

    @Autowired
    IncidentService incidents;

    private void publish(String json) {
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        rabbit.send(this.properties.rabbitmq().exchange(), "incident.trigger",
                new Message(json.getBytes(StandardCharsets.UTF_8), properties));
    }

    @Test
    void anEventPublishedToTheExchangeOpensAnIncident() {
        var key = IncidentEvents.newKey();

        publish(IncidentEvents.trigger(key));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(incidents.findActive(key)).hasValueSatisfying(incident ->
                        assertThat(incident.status()).isEqualTo(IncidentStatus.TRIGGERED)));
    }

    @Test
    void anInvalidEventIsParkedInTheDeadLetterQueue() {
        var key = IncidentEvents.newKey();
        var invalid = IncidentEvents.trigger(key).replace("\"dedup_key\"", "\"dedup_kee\"");

        publish(invalid);

        var parked = await().atMost(Duration.ofSeconds(10))
                .until(() -> rabbit.receive(properties.rabbitmq().deadLetterQueue()), message -> message != null);
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8)).contains(key);
        assertThat(incidents.findActive(key)).isEmpty();
    }

    @AfterAll
    static void deleteTheTopology(@Autowired SimpleMessageListenerContainer listener, @Autowired AmqpAdmin admin,
            @Autowired EventsProperties properties) {
        listener.stop();
        admin.deleteQueue(properties.rabbitmq().queue());
        admin.deleteQueue(properties.rabbitmq().deadLetterQueue());
        admin.deleteExchange(properties.rabbitmq().exchange());
    }
}
