package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.testing.LocalServer;
import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The same contract on the local PostgreSQL (bytea, not H2's binary), in a schema of its own. */
class PostgresDetectorStateStoreTest extends DetectorStateStoreContract {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "detector_state_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Override
    DetectorStateStore store() {
        LocalServer.POSTGRESQL.requireReachable();
        var dataSource = new SimpleDriverDataSource(new Driver(), URL + "?currentSchema=" + schema, "postgres", "");
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
        return new JdbcDetectorStateStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
    }

    @AfterEach
    void dropTheSchema() {
        if (LocalServer.POSTGRESQL.reachable()) {
            JdbcClient.create(new SimpleDriverDataSource(new Driver(), URL, "postgres", ""))
                    .sql("drop schema if exists " + schema + " cascade").update();
        }
    }
}
