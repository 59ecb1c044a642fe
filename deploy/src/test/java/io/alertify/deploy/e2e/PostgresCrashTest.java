package io.alertify.deploy.e2e;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same on PostgreSQL, in a schema of this run's own. */
@ExtendWith(RealServers.class)
class PostgresCrashTest extends CrashTest {

    private static final String SCHEMA = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Override
    Map<String, String> database(Path dataDir) {
        var postgres = RealServers.postgres();
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl() + "?currentSchema=" + SCHEMA,
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password(),
                "spring.flyway.schemas", SCHEMA,
                "spring.flyway.create-schemas", "true");
    }

    @Override
    int detectorStateRows(Path dataDir) throws SQLException {
        var postgres = RealServers.postgres();
        return count(postgres.jdbcUrl(), postgres.user(), postgres.password(), SCHEMA + ".detector_state");
    }

    @Override
    String name() {
        return "crash-postgres";
    }
}
