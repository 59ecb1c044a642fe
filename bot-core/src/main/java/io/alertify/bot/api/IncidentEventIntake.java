package io.alertify.bot.api;

/**
 * Takes incident events (wire contract v1, JSON, see docs/wire-contract.md) from any transport: the
 * in-process outbox relay, RabbitMQ, or a test. Idempotent: the same event twice changes nothing.
 *
 * @throws InvalidIncidentEventException when the JSON does not follow the contract; a transport must
 *         then park the message (dead letter), never drop it silently, and never retry it forever
 */
public interface IncidentEventIntake {

    void accept(String eventJson);
}
