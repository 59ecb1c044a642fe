package io.alertify.pipeline.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active-incident cache of a processor without a database: lives as long as the process, so after a
 * restart an open incident whose series recovers is never resolved.
 */
public final class InMemoryActiveIncidentCache implements ActiveIncidentCache {

    private final Map<String, Instant> open = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> openedAt(String dedupKey) {
        return Optional.ofNullable(open.get(dedupKey));
    }

    @Override
    public void open(String dedupKey, Instant openedAt) {
        open.putIfAbsent(dedupKey, openedAt);
    }

    @Override
    public void close(String dedupKey) {
        open.remove(dedupKey);
    }
}
