package io.alertify.pipeline.events;

import io.alertify.pipeline.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;

/**
 * The same table on the local PostgreSQL ({@code timestamp with time zone} and {@code on conflict} as
 * PostgreSQL has them, not H2's emulation), in a schema of its own.
 */
class PostgresActiveIncidentCacheTest extends DurableActiveIncidentCacheContract {

    private MigratedDatabase database;

    @Override
    ActiveIncidentCache cache() {
        if (database == null) {
            database = MigratedDatabase.postgres("active_incidents");
        }
        return new JdbcActiveIncidentCache(database.jdbc());
    }

    @AfterEach
    void dropTheSchema() {
        if (database != null) {
            database.close();
        }
    }
}
