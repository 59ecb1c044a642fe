package io.alertify.pipeline.publish.outbox;

import io.alertify.pipeline.testing.MigratedDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh H2 database in PostgreSQL mode with the pipeline's migrations applied, one per test. */
final class OutboxDatabase {

    final DataSource dataSource;
    final JdbcClient jdbc;

    OutboxDatabase() {
        var database = MigratedDatabase.h2("outbox");
        dataSource = database.dataSource();
        jdbc = database.jdbc();
    }

    record Row(String eventId, int attempts, String lastError, boolean delivered, boolean parked) {
    }

    List<Row> rows() {
        return jdbc.sql("SELECT event_id, attempts, last_error, delivered_at, parked FROM incident_event_outbox ORDER BY id")
                .query((rs, n) -> new Row(rs.getString("event_id"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("delivered_at") != null, rs.getBoolean("parked")))
                .list();
    }

    void shutdown() {
        jdbc.sql("SHUTDOWN").update();
    }
}
