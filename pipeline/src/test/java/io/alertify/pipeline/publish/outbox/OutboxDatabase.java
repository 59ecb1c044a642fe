package io.alertify.pipeline.publish.outbox;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A fresh H2 database in PostgreSQL mode with the pipeline's migrations applied, one per test. */
final class OutboxDatabase {

    final DataSource dataSource;
    final JdbcClient jdbc;

    OutboxDatabase() {
        dataSource = new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:outbox-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
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
