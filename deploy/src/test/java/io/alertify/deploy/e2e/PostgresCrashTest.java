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
        return RealServers.postgresSchema(SCHEMA);
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
