package io.alertify.pipeline.publish.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code incident_event_outbox} table (migration V202611250700). Instants are bound as UTC
 * {@link OffsetDateTime}, which both PostgreSQL's driver and H2 map to {@code TIMESTAMP WITH TIME ZONE}.
 * Every statement stands alone (auto-commit): there is nothing to roll back together.
 */
public final class OutboxStore {

    /** The width of {@code last_error}. */
    static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    public OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String eventId, String payload, Instant now) {
        jdbc.sql("""
                        INSERT INTO incident_event_outbox (event_id, payload, created_at, attempts, next_attempt_at, parked)
                        VALUES (:eventId, :payload, :now, 0, :now, FALSE)""")
                .param("eventId", eventId)
                .param("payload", payload)
                .param("now", utc(now))
                .update();
    }

    /** Pending rows in the order they were written, at most {@code limit}. */
    public List<OutboxRow> pending(int limit) {
        return jdbc.sql("""
                        SELECT id, event_id, payload, attempts, next_attempt_at FROM incident_event_outbox
                        WHERE delivered_at IS NULL AND parked = FALSE
                        ORDER BY id
                        LIMIT :limit""")
                .param("limit", limit)
                .query(OutboxStore::row)
                .list();
    }

    public void markDelivered(long id, Instant now) {
        jdbc.sql("UPDATE incident_event_outbox SET delivered_at = :now, attempts = attempts + 1 WHERE id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    public void recordFailure(long id, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                        UPDATE incident_event_outbox
                        SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next
                        WHERE id = :id""")
                .param("error", truncate(error))
                .param("next", utc(nextAttemptAt))
                .param("id", id)
                .update();
    }

    public void park(long id, String reason) {
        jdbc.sql("UPDATE incident_event_outbox SET attempts = attempts + 1, last_error = :error, parked = TRUE WHERE id = :id")
                .param("error", truncate(reason))
                .param("id", id)
                .update();
    }

    /** Deletes delivered rows older than the cutoff; pending and parked rows always stay. */
    public int pruneDelivered(Instant deliveredBefore) {
        return jdbc.sql("DELETE FROM incident_event_outbox WHERE delivered_at IS NOT NULL AND delivered_at < :cutoff")
                .param("cutoff", utc(deliveredBefore))
                .update();
    }

    private static OutboxRow row(ResultSet rs, int rowNum) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getString("event_id"), rs.getString("payload"), rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        var value = text == null ? "" : text;
        return value.length() <= MAX_ERROR_LENGTH ? value : value.substring(0, MAX_ERROR_LENGTH);
    }
}
