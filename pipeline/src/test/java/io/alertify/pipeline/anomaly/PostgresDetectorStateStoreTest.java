package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;

/** The same contract on the local PostgreSQL (bytea, not H2's binary), in a schema of its own. */
class PostgresDetectorStateStoreTest extends DetectorStateStoreContract {

    private MigratedDatabase database;

    @Override
    DetectorStateStore store() {
        database = MigratedDatabase.postgres("detector_state");
        return JdbcDetectorStateStoreTest.on(database);
    }

    @AfterEach
    void dropTheSchema() {
        if (database != null) {
            database.close();
        }
    }
}
