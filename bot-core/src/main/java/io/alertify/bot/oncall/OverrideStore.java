package io.alertify.bot.oncall;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Overrides written through the API, kept until a day after they end (what a look back needs). */
public final class OverrideStore {

    /** @param createdBy who wrote it, for the audit ("engineer", "admin") */
    public record Stored(long id, String schedule, ShiftOverride override, String createdBy) {
    }

    private final JdbcClient database;

    public OverrideStore(JdbcClient database) {
        this.database = database;
    }

    /** Overrides of {@code schedule} that have not ended before {@code since}, oldest first (a later one wins). */
    public List<Stored> of(String schedule, Instant since) {
        return database.sql("select * from shift_overrides where schedule = ? and ends_at > ? order by id")
                .params(schedule, Timestamp.from(since)).query(OverrideStore::row).list();
    }

    public Optional<Stored> find(long id) {
        return database.sql("select * from shift_overrides where id = ?").param(id).query(OverrideStore::row).optional();
    }

    public long add(String schedule, ShiftOverride override, String createdBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        database.sql("insert into shift_overrides (schedule, person, starts_at, ends_at, created_by) values (?, ?, ?, ?, ?)")
                .params(schedule, override.person(), Timestamp.from(override.from()), Timestamp.from(override.until()),
                        createdBy).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean delete(long id) {
        return database.sql("delete from shift_overrides where id = ?").param(id).update() > 0;
    }

    private static Stored row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getLong("id"), rs.getString("schedule"), new ShiftOverride(rs.getString("person"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()),
                rs.getString("created_by"));
    }
}
