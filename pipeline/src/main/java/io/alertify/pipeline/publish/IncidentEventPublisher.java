package io.alertify.pipeline.publish;

/**
 * Hands incident events to the transport chosen by {@code alertify.events.transport}: the durable
 * in-process outbox (default) or RabbitMQ. {@link #publish} returns only once the event is durable
 * (a committed outbox row, a broker confirm); otherwise it throws, and the caller retries. An event may
 * be published twice after such a retry; the bot dedups on {@code event_id}.
 */
@FunctionalInterface
public interface IncidentEventPublisher {

    /** @throws RuntimeException when the event is not durable yet (broker nack, database down, ...) */
    void publish(EventEnvelope event);
}
