package io.alertify.bot.silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code silences} and {@code muted_incidents} tables. */
final class SilenceStore {

    private static final TypeReference<List<Matcher>> MATCHERS = new TypeReference<>() {
    };

    private final JdbcClient database;
    private final JsonMapper json;

    SilenceStore(JdbcClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    long add(Silence silence) {
        var keys = new GeneratedKeyHolder();
        database.sql("insert into silences (matchers, starts_at, ends_at, created_by, comment, ended_told) "
                        + "values (?, ?, ?, ?, ?, false)")
                .params(json.writeValueAsString(silence.matchers()), Timestamp.from(silence.startsAt()),
                        Timestamp.from(silence.endsAt()), silence.createdBy(), silence.comment())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Silences that have not ended before {@code at}, newest first. */
    List<Silence> current(Instant at) {
        return database.sql("select * from silences where ends_at > ? order by id desc").param(Timestamp.from(at))
                .query(this::row).list();
    }

    Optional<Silence> find(long id) {
        return database.sql("select * from silences where id = ?").param(id).query(this::row).optional();
    }

    boolean end(long id, Instant at) {
        return database.sql("update silences set ends_at = ? where id = ? and ends_at > ?")
                .params(Timestamp.from(at), id, Timestamp.from(at)).update() > 0;
    }

    /** Silences that ended by {@code at} and whose end has not been told yet. */
    List<Silence> endedUntold(Instant at) {
        return database.sql("select * from silences where ended_told = false and ends_at <= ?").param(Timestamp.from(at))
                .query(this::row).list();
    }

    boolean markTold(long id) {
        return database.sql("update silences set ended_told = true where id = ? and ended_told = false").param(id)
                .update() > 0;
    }

    /** Records that an incident is muted (again, when it was released before); false when it is already. */
    boolean mute(long incidentId, Long silenceId, Long inhibitedBy) {
        if (isMuted(incidentId)) {
            return false;
        }
        var again = database.sql("update muted_incidents set silence_id = ?, inhibited_by = ?, released_at = null "
                + "where incident_id = ?").params(silenceId, inhibitedBy, incidentId).update();
        if (again == 0) {
            database.sql("insert into muted_incidents (incident_id, silence_id, inhibited_by) values (?, ?, ?)")
                    .params(incidentId, silenceId, inhibitedBy).update();
        }
        return true;
    }

    boolean isMuted(long incidentId) {
        return database.sql("select count(*) from muted_incidents where incident_id = ? and released_at is null")
                .param(incidentId).query(Integer.class).single() > 0;
    }

    record Muted(long incidentId, Long silenceId, Long inhibitedBy) {
    }

    List<Muted> stillMuted() {
        return database.sql("select incident_id, silence_id, inhibited_by from muted_incidents where released_at is null")
                .query((rs, n) -> new Muted(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        (Long) rs.getObject(3, Long.class))).list();
    }

    void release(long incidentId, Instant at) {
        database.sql("update muted_incidents set released_at = ? where incident_id = ?")
                .params(Timestamp.from(at), incidentId).update();
    }

    private Silence row(ResultSet rs, int n) throws SQLException {
        return new Silence(rs.getLong("id"), json.readValue(rs.getString("matchers"), MATCHERS),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getString("created_by"), rs.getString("comment"));
    }
}
