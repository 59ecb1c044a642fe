package io.alertify.bot.escalation;

import io.alertify.bot.escalation.EscalationPolicy.Progress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code escalations} table: one row per incident card (group) that has a policy. */
final class EscalationStore {

    enum State {
        /** Paging: the next step runs at {@code due_at}. */
        RUNNING,
        /** Somebody has it; {@code due_at} is when the acknowledgement expires, null when it never does. */
        ACKNOWLEDGED,
        /** The policy ran out and nobody answered; only a person escalating can page again. */
        FINISHED
    }

    /** @param version what an update must still find, so that of two bots only one runs a step */
    record Row(String cardKey, long incidentId, String policy, State state, Progress progress, long version) {
    }

    private final JdbcClient database;

    EscalationStore(JdbcClient database) {
        this.database = database;
    }

    Optional<Row> find(String cardKey) {
        return database.sql("select * from escalations where card_key = ?").param(cardKey).query(EscalationStore::row)
                .optional();
    }

    List<Row> all() {
        return database.sql("select * from escalations order by updated_at desc").query(EscalationStore::row).list();
    }

    /** Cards whose next step or acknowledgement expiry is due at {@code now}, the longest overdue first. */
    List<String> due(Instant now, int limit) {
        return database.sql("select card_key from escalations where due_at <= ? order by due_at limit ?")
                .params(Timestamp.from(now), limit).query(String.class).list();
    }

    void insert(Row row, Instant now) {
        database.sql("insert into escalations (card_key, incident_id, policy, state, step, round, turns, due_at, version, "
                + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(row.cardKey(), row.incidentId(), row.policy(), row.state().name(), row.progress().step(),
                        row.progress().round(), row.progress().turns(), due(row.progress()), Timestamp.from(now))
                .update();
    }

    /** False when somebody else changed the row since it was read. */
    boolean update(Row read, State state, Progress progress, Instant now) {
        return database.sql("update escalations set state = ?, step = ?, round = ?, turns = ?, due_at = ?, "
                        + "version = version + 1, updated_at = ? where card_key = ? and version = ?")
                .params(state.name(), progress.step(), progress.round(), progress.turns(), due(progress),
                        Timestamp.from(now), read.cardKey(), read.version())
                .update() == 1;
    }

    void delete(String cardKey) {
        database.sql("delete from escalations where card_key = ?").param(cardKey).update();
    }

    private static Timestamp due(Progress progress) {
        return progress.dueAt().map(Timestamp::from).orElse(null);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var due = rs.getTimestamp("due_at");
        var progress = new Progress(rs.getInt("step"), rs.getInt("round"),
                Optional.ofNullable(due).map(Timestamp::toInstant), rs.getInt("turns"));
        return new Row(rs.getString("card_key"), rs.getLong("incident_id"), rs.getString("policy"),
                State.valueOf(rs.getString("state")), progress, rs.getLong("version"));
    }
}
