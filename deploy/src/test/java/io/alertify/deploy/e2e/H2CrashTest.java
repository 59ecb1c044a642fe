package io.alertify.deploy.e2e;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/** The embedded default: H2 in the data directory, as a new user runs it. */
class H2CrashTest extends CrashTest {

    @Override
    Map<String, String> database(Path dataDir) {
        return Map.of(); // the packaged default URL, under alertify.data-dir
    }

    @Override
    int detectorStateRows(Path dataDir) throws SQLException {
        return count("jdbc:h2:file:" + dataDir.resolve("alertify") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa", "", "detector_state");
    }

    @Override
    String name() {
        return "crash-h2";
    }
}
