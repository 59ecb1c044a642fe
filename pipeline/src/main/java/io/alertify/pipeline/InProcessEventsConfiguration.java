package io.alertify.pipeline;

import io.alertify.pipeline.api.IncidentEventDelivery;
import io.alertify.pipeline.publish.Backoff;
import io.alertify.pipeline.publish.outbox.OutboxPublisher;
import io.alertify.pipeline.publish.outbox.OutboxRelay;
import io.alertify.pipeline.publish.outbox.OutboxSettings;
import io.alertify.pipeline.publish.outbox.OutboxStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code alertify.events.transport=in-process} (the default): events go to the outbox table (Flyway
 * migration V202611250700) and a relay hands them to the {@link IncidentEventDelivery} that deploy
 * provides when the bot runs in the same process. Without it the application refuses to start. Bean
 * names say "incident event" because the bot has an outbox of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alertify.events.transport", havingValue = "in-process", matchIfMissing = true)
class InProcessEventsConfiguration {

    static final String NO_DELIVERY = "in-process incident events need the bot role in the same process; "
            + "set alertify.events.transport=rabbitmq to run the pipeline alone";

    @Bean
    OutboxStore incidentEventOutboxStore(DataSource dataSource) {
        return new OutboxStore(JdbcClient.create(dataSource));
    }

    @Bean
    OutboxRelay incidentEventOutboxRelay(OutboxStore incidentEventOutboxStore,
                                         ObjectProvider<IncidentEventDelivery> delivery, EventsProperties events) {
        var target = delivery.getIfAvailable();
        if (target == null) {
            throw new IllegalStateException(NO_DELIVERY);
        }
        var outbox = events.outbox();
        var settings = new OutboxSettings(outbox.relayInterval(), outbox.batchSize(),
                new Backoff(outbox.initialBackoff(), outbox.maxBackoff()), outbox.retention());
        return new OutboxRelay(incidentEventOutboxStore, target, settings, Clock.systemUTC());
    }

    @Bean
    OutboxPublisher incidentEventOutboxPublisher(OutboxStore incidentEventOutboxStore,
                                                 OutboxRelay incidentEventOutboxRelay) {
        return new OutboxPublisher(incidentEventOutboxStore, incidentEventOutboxRelay, Clock.systemUTC());
    }
}
