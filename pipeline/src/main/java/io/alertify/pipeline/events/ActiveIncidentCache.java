package io.alertify.pipeline.events;

import java.time.Instant;
import java.util.Optional;

/**
 * Which problems are open right now (dedup key to the instant it opened), so a firing rule emits one
 * trigger per problem and one resolve when it recovers, also after a processor restart when the cache
 * outlives the process. The embedded default is {@link InMemoryActiveIncidentCache}; Redis replaces it
 * when processors run as several replicas.
 */
public interface ActiveIncidentCache {

    Optional<Instant> openedAt(String dedupKey);

    void open(String dedupKey, Instant openedAt);

    void close(String dedupKey);
}
