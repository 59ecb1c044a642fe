package io.alertify.pipeline.anomaly;

import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Snapshots in the database, with the pipeline's real migration. */
class JdbcDetectorStateStoreTest extends DetectorStateStoreContract {

    @Override
    DetectorStateStore store() {
        var dataSource = new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:detector-state-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcDetectorStateStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
    }
}
