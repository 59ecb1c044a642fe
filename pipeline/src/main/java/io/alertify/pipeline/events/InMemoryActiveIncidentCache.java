package io.alertify.pipeline.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded active-incident cache: lives as long as the process. */
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
