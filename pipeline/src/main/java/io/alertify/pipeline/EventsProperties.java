package io.alertify.pipeline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alertify.events.*}: how incident events leave the pipeline. The bot reads the same prefix for
 * its side ({@code alertify.events.rabbitmq.queue}).
 *
 * @param publishRetry how the processor waits between attempts when the transport refuses an event
 */
@ConfigurationProperties("alertify.events")
public record EventsProperties(@DefaultValue("in-process") Transport transport, @DefaultValue Rabbitmq rabbitmq,
                               @DefaultValue Outbox outbox, @DefaultValue PublishRetry publishRetry) {

    public enum Transport {
        /** Durable outbox table, relayed to the bot in the same process. */
        IN_PROCESS,
        /** RabbitMQ with publisher confirms, for a pipeline running without the bot. */
        RABBITMQ
    }

    /**
     * @param exchange the durable topic exchange events go to (routing key = severity)
     * @param confirmTimeout how long a publish waits for the broker's confirm
     */
    public record Rabbitmq(@DefaultValue("alertify.incident-events") String exchange,
                           @DefaultValue("10s") Duration confirmTimeout) {
    }

    /**
     * @param relayInterval how often the relay polls when no insert woke it
     * @param batchSize rows per relay query
     * @param initialBackoff wait after a failed delivery, doubled per failure up to {@code maxBackoff}
     * @param retention how long delivered rows are kept before they are deleted (parked rows are kept)
     */
    public record Outbox(@DefaultValue("200ms") Duration relayInterval, @DefaultValue("100") int batchSize,
                         @DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff,
                         @DefaultValue("7d") Duration retention) {
    }

    public record PublishRetry(@DefaultValue("500ms") Duration initialBackoff,
                               @DefaultValue("30s") Duration maxBackoff) {
    }
}
