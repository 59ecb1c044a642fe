package io.alertify.pipeline.publish.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.pipeline.api.IncidentEventDelivery;
import io.alertify.pipeline.publish.Backoff;
import io.alertify.pipeline.publish.EventEnvelope;
import io.alertify.pipeline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private static final OutboxSettings SETTINGS = new OutboxSettings(Duration.ofMillis(200), 2,
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5)), Duration.ofDays(7));

    private final OutboxDatabase database = new OutboxDatabase();
    private final OutboxStore store = new OutboxStore(database.jdbc);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T06:00:00Z"));
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private OutboxRelay running;

    @AfterEach
    void tearDown() {
        if (running != null) {
            running.stop();
        }
        database.shutdown();
    }

    @Test
    void deliversPendingEventsInTheOrderTheyWereWritten() {
        var relay = relay(delivered::add);
        var publisher = new OutboxPublisher(store, relay, clock);
        for (var id : List.of("e-1", "e-2", "e-3", "e-4", "e-5")) {
            publisher.publish(new EventEnvelope(id, "critical", "{\"event_id\":\"" + id + "\"}"));
        }

        assertThat(relay.relayPending()).isEqualTo(5);

        assertThat(delivered).containsExactly("{\"event_id\":\"e-1\"}", "{\"event_id\":\"e-2\"}", "{\"event_id\":\"e-3\"}",
                "{\"event_id\":\"e-4\"}", "{\"event_id\":\"e-5\"}");
        assertThat(database.rows()).allSatisfy(row -> assertThat(row.delivered()).isTrue());
        assertThat(relay.relayPending()).as("delivered rows are not delivered again").isZero();
    }

    @Test
    void aFailedDeliveryIsRetriedAfterItsBackoffAndHoldsBackTheRowsBehindIt() {
        var failures = new int[] {1};
        var relay = relay(json -> {
            if (json.equals("e-1") && failures[0]-- > 0) {
                throw new IllegalStateException("bot database is down");
            }
            delivered.add(json);
        });
        store.insert("e-1", "e-1", clock.instant());
        store.insert("e-2", "e-2", clock.instant());

        assertThat(relay.relayPending()).isZero();
        assertThat(database.rows().getFirst())
                .isEqualTo(new OutboxDatabase.Row("e-1", 1, "IllegalStateException: bot database is down", false, false));
        assertThat(relay.relayPending()).as("still inside the backoff").isZero();

        clock.advance(Duration.ofSeconds(1));

        assertThat(relay.relayPending()).isEqualTo(2);
        assertThat(delivered).containsExactly("e-1", "e-2");
        assertThat(database.rows().getFirst().attempts()).isEqualTo(2);
    }

    @Test
    void anUndeliverableEventIsParkedWithItsReasonAndTheRelayMovesOn() {
        var relay = relay(json -> {
            if (json.equals("e-1")) {
                throw new IncidentEventDelivery.Undeliverable("dedup_key is missing", null);
            }
            delivered.add(json);
        });
        store.insert("e-1", "e-1", clock.instant());
        store.insert("e-2", "e-2", clock.instant());

        assertThat(relay.relayPending()).isEqualTo(2);

        assertThat(delivered).containsExactly("e-2");
        assertThat(database.rows()).containsExactly(
                new OutboxDatabase.Row("e-1", 1, "Undeliverable: dedup_key is missing", false, true),
                new OutboxDatabase.Row("e-2", 1, null, true, false));
        assertThat(relay.relayPending()).as("a parked row stays parked").isZero();
    }

    @Test
    void eventsWrittenBeforeARelayStartsAreDeliveredOnceItRuns() {
        var beforeRestart = relay(json -> {
            throw new IllegalStateException("never started");
        });
        var publisher = new OutboxPublisher(store, beforeRestart, clock);
        publisher.publish(new EventEnvelope("e-1", "critical", "e-1"));
        publisher.publish(new EventEnvelope("e-2", "warning", "e-2"));

        running = relay(delivered::add);
        running.start();

        await().until(() -> delivered.size() == 2);
        assertThat(delivered).containsExactly("e-1", "e-2");
    }

    @Test
    void anInsertWakesTheRelayBeforeItsInterval() {
        var hourly = new OutboxSettings(Duration.ofHours(1), 10, SETTINGS.backoff(), SETTINGS.retention());
        store.insert("e-0", "e-0", clock.instant());
        running = new OutboxRelay(store, delivered::add, hourly, clock);
        running.start();
        await().until(() -> delivered.contains("e-0"));

        // The next scheduled pass is an hour away: only the wake-up can deliver this one.
        new OutboxPublisher(store, running, clock).publish(new EventEnvelope("e-1", "critical", "e-1"));

        await().until(() -> delivered.contains("e-1"));
    }

    @Test
    void deliveredRowsArePrunedAfterTheRetentionButParkedAndPendingRowsStay() {
        var relay = relay(json -> {
            if (json.equals("parked")) {
                throw new IncidentEventDelivery.Undeliverable("invalid", null);
            }
            if (json.equals("pending")) {
                throw new IllegalStateException("later");
            }
        });
        store.insert("delivered", "delivered", clock.instant());
        store.insert("parked", "parked", clock.instant());
        store.insert("pending", "pending", clock.instant());
        relay.relayPending();

        clock.advance(Duration.ofDays(8));
        relay.pruneIfDue();

        assertThat(database.rows()).extracting(OutboxDatabase.Row::eventId).containsExactly("parked", "pending");
    }

    private OutboxRelay relay(IncidentEventDelivery delivery) {
        return new OutboxRelay(store, delivery, SETTINGS, clock);
    }
}
