package io.alertify.pipeline.publish.outbox;

import io.alertify.pipeline.publish.EventEnvelope;
import io.alertify.pipeline.publish.IncidentEventPublisher;
import java.time.Clock;

/**
 * The in-process transport's publisher: an event is durable once its outbox row is committed; the
 * relay is woken at once to deliver it.
 */
public final class OutboxPublisher implements IncidentEventPublisher {

    private final OutboxStore store;
    private final OutboxRelay relay;
    private final Clock clock;

    public OutboxPublisher(OutboxStore store, OutboxRelay relay, Clock clock) {
        this.store = store;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public void publish(EventEnvelope event) {
        store.insert(event.eventId(), event.json(), clock.instant());
        relay.wake();
    }
}
