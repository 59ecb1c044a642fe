package io.alertify.bot.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How incident events reach the bot ({@code alertify.events.*}).
 *
 * @param transport {@code in-process} (deploy hands the pipeline's events to the intake) or
 *                  {@code rabbitmq} (bot-core consumes a durable queue)
 */
@ConfigurationProperties("alertify.events")
public record EventsProperties(@DefaultValue("in-process") String transport, @DefaultValue Rabbitmq rabbitmq) {

    /**
     * @param exchange durable topic exchange the pipeline publishes to
     * @param queue    durable queue of this bot; invalid events are parked in {@code <queue>.dlq}
     */
    public record Rabbitmq(
            @DefaultValue("alertify.incident-events") String exchange,
            @DefaultValue("alertify.bot.incident-events") String queue) {

        public String deadLetterQueue() {
            return queue + ".dlq";
        }
    }
}
