package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.testing.MigratedDatabase;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Snapshots in the database, with the pipeline's real migration. */
class JdbcDetectorStateStoreTest extends DetectorStateStoreContract {

    @Override
    DetectorStateStore store() {
        return on(MigratedDatabase.h2("detector-state"));
    }

    static DetectorStateStore on(MigratedDatabase database) {
        return new JdbcDetectorStateStore(new JdbcTemplate(database.dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())), Clock.systemUTC());
    }
}
