package io.alertify.pipeline.events;

import java.time.Instant;
import java.util.Optional;

/**
 * Which problems are open right now (dedup key to the instant it opened), so a firing rule emits one
 * trigger per problem and one resolve when it recovers, also after a processor restart when the cache
 * outlives the process. The embedded default is {@link JdbcActiveIncidentCache} (the application always
 * has a database), {@link RedisActiveIncidentCache} the production adapter shared by processor replicas,
 * and {@link InMemoryActiveIncidentCache} what is left for a processor without a database.
 *
 * <p>Every adapter keeps instants to the millisecond at least, and a key that is already open keeps its
 * first instant: the incident opened then, whatever opens it again.
 */
public interface ActiveIncidentCache {

    Optional<Instant> openedAt(String dedupKey);

    /** Does nothing when the key is already open. */
    void open(String dedupKey, Instant openedAt);

    /** Does nothing when the key is not open. */
    void close(String dedupKey);
}
