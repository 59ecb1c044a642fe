package io.alertify.pipeline.publish.outbox;

import io.alertify.pipeline.publish.Backoff;
import java.time.Duration;

/**
 * @param relayInterval how often the relay looks for pending rows when nobody wakes it
 * @param batchSize rows read per query
 * @param backoff wait before retrying a row whose delivery failed
 * @param retention how long delivered rows stay for inspection before they are deleted
 */
public record OutboxSettings(Duration relayInterval, int batchSize, Backoff backoff, Duration retention) {

    public OutboxSettings {
        if (relayInterval.isNegative() || relayInterval.isZero() || batchSize < 1 || retention.isNegative()) {
            throw new IllegalArgumentException("alertify.events.outbox: relay-interval must be positive, batch-size "
                    + "at least 1, retention not negative");
        }
    }
}
