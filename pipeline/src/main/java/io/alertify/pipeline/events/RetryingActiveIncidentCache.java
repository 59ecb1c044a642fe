package io.alertify.pipeline.events;

import io.alertify.pipeline.publish.Backoff;
import io.alertify.pipeline.publish.UntilDone;
import java.time.Instant;
import java.util.Optional;

/**
 * Retries the cache until it answers ({@link UntilDone}). A cache call skipped on a Redis or database
 * hiccup would lose a problem for good: a failed look-up before a trigger drops the trigger, and a failed
 * {@code open} after one leaves the incident without its resolve.
 */
public final class RetryingActiveIncidentCache implements ActiveIncidentCache {

    private final ActiveIncidentCache target;
    private final UntilDone untilDone;

    public RetryingActiveIncidentCache(ActiveIncidentCache target, Backoff backoff) {
        this.target = target;
        this.untilDone = new UntilDone("the active-incident cache", backoff);
    }

    @Override
    public Optional<Instant> openedAt(String dedupKey) {
        return untilDone.call(() -> target.openedAt(dedupKey));
    }

    @Override
    public void open(String dedupKey, Instant openedAt) {
        untilDone.run(() -> target.open(dedupKey, openedAt));
    }

    @Override
    public void close(String dedupKey) {
        untilDone.run(() -> target.close(dedupKey));
    }
}
