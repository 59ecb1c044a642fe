package io.alertify.pipeline.events;

import io.alertify.pipeline.testing.MigratedDatabase;

/** The embedded default: H2 in PostgreSQL mode, as the application runs it, with the real migration. */
class JdbcActiveIncidentCacheTest extends DurableActiveIncidentCacheContract {

    private final MigratedDatabase database = MigratedDatabase.h2("active-incidents");

    @Override
    ActiveIncidentCache cache() {
        return new JdbcActiveIncidentCache(database.jdbc());
    }
}
