package io.alertify.pipeline.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of one test's own, with the pipeline's real Flyway migrations applied: H2 in memory in the
 * application's PostgreSQL mode, or a fresh schema on the local PostgreSQL, which {@link #close()} drops
 * so the shared server is left as it was.
 */
public final class MigratedDatabase implements AutoCloseable {

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final DataSource dataSource;
    private final String postgresSchema;

    private MigratedDatabase(DataSource dataSource, String postgresSchema) {
        this.dataSource = dataSource;
        this.postgresSchema = postgresSchema;
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (postgresSchema != null) {
            flyway.schemas(postgresSchema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    public static MigratedDatabase h2(String name) {
        return new MigratedDatabase(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + "-"
                + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", ""), null);
    }

    /** Skips the test when PostgreSQL does not answer (fails it under {@code CI=true}). */
    public static MigratedDatabase postgres(String name) {
        LocalServer.POSTGRESQL.requireReachable();
        var schema = name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return new MigratedDatabase(postgresAt(POSTGRES_URL + "?currentSchema=" + schema), schema);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        if (postgresSchema != null) {
            JdbcClient.create(postgresAt(POSTGRES_URL)).sql("drop schema if exists " + postgresSchema + " cascade").update();
        }
    }

    private static DataSource postgresAt(String url) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", "");
    }
}
