package io.alertify.pipeline.publish.outbox;

import java.time.Instant;

/** A pending outbox row, as the relay sees it. */
public record OutboxRow(long id, String eventId, String payload, int attempts, Instant nextAttemptAt) {
}
