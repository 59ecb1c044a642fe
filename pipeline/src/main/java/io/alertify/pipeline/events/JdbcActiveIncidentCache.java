package io.alertify.pipeline.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open problems in the {@code active_incident_cache} table (migration V202611250720), next to the
 * incident event outbox. Instants are bound as UTC {@link OffsetDateTime}, as in the outbox, so the
 * session time zone never shifts them; the column keeps microseconds.
 */
public final class JdbcActiveIncidentCache implements ActiveIncidentCache {

    private final JdbcClient jdbc;

    public JdbcActiveIncidentCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> openedAt(String dedupKey) {
        return jdbc.sql("select opened_at from active_incident_cache where dedup_key = ?")
                .param(dedupKey)
                .query((rs, row) -> rs.getObject("opened_at", OffsetDateTime.class).toInstant())
                .optional();
    }

    /**
     * Keeps the first instant, like the other caches. {@code on conflict do nothing} (PostgreSQL, and H2 in
     * PostgreSQL mode) also makes two processors opening the same key at once a no-op for the second one
     * instead of a duplicate-key error.
     */
    @Override
    public void open(String dedupKey, Instant openedAt) {
        jdbc.sql("insert into active_incident_cache (dedup_key, opened_at) values (?, ?) on conflict do nothing")
                .params(dedupKey, openedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public void close(String dedupKey) {
        jdbc.sql("delete from active_incident_cache where dedup_key = ?").param(dedupKey).update();
    }
}
