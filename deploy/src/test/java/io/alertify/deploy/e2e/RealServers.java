package io.alertify.deploy.e2e;

import io.alertify.bot.testing.LocalServers;
import io.alertify.bot.testing.LocalServers.Server;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.RabbitMQContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL, RabbitMQ and Redis for tests: the local servers when they answer, otherwise Testcontainers when
 * Docker is available, otherwise the test is skipped with the reason (and fails on CI).
 */
final class RealServers implements ExecutionCondition {

    /**
     * Runs the class only when PostgreSQL, RabbitMQ and Redis can be had; evaluated before Spring builds a
     * context, so that a skip is a clean skip. On CI the class always runs, and a missing server fails it.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (LocalServers.onCi()) {
            return ConditionEvaluationResult.enabled("CI=true: missing servers fail the run");
        }
        for (var server : new Server[] {Server.POSTGRESQL, Server.RABBITMQ, Server.REDIS}) {
            if (!server.reachable() && !dockerAvailable()) {
                return ConditionEvaluationResult.disabled(
                        server + " does not answer and Docker is not available for Testcontainers");
            }
        }
        return ConditionEvaluationResult.enabled("PostgreSQL, RabbitMQ and Redis available");
    }

    record Postgres(String jdbcUrl, String user, String password) {
    }

    record Rabbit(String host, int port, String user, String password) {
    }

    record Redis(String host, int port) {
    }

    private static Postgres postgres;
    private static Rabbit rabbit;
    private static Redis redis;

    private RealServers() {
    }

    static synchronized Postgres postgres() {
        if (postgres == null) {
            if (Server.POSTGRESQL.reachable()) {
                postgres = new Postgres("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
            } else {
                requireDocker(Server.POSTGRESQL);
                var container = new PostgreSQLContainer("postgres:15-alpine");
                container.start();
                postgres = new Postgres(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            }
        }
        return postgres;
    }

    /** Alertify on PostgreSQL in a schema of its own, which Flyway creates on the first start. */
    static java.util.Map<String, String> postgresSchema(String schema) {
        var postgres = postgres();
        return java.util.Map.of(
                "spring.datasource.url", postgres.jdbcUrl() + "?currentSchema=" + schema,
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password(),
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true");
    }

    static void postgresSchema(org.springframework.test.context.DynamicPropertyRegistry registry, String schema) {
        postgresSchema(schema).forEach((key, value) -> registry.add(key, () -> value));
    }

    static synchronized Rabbit rabbit() {
        if (rabbit == null) {
            if (Server.RABBITMQ.reachable()) {
                rabbit = new Rabbit("127.0.0.1", 5672, "guest", "guest");
            } else {
                requireDocker(Server.RABBITMQ);
                var container = new RabbitMQContainer("rabbitmq:3-management-alpine");
                container.start();
                rabbit = new Rabbit(container.getHost(), container.getAmqpPort(), container.getAdminUsername(),
                        container.getAdminPassword());
            }
        }
        return rabbit;
    }

    static synchronized Redis redis() {
        if (redis == null) {
            if (Server.REDIS.reachable()) {
                redis = new Redis(Server.REDIS.host(), Server.REDIS.port());
            } else {
                requireDocker(Server.REDIS);
                var container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
                container.start();
                redis = new Redis(container.getHost(), container.getMappedPort(6379));
            }
        }
        return redis;
    }

    private static void requireDocker(Server server) {
        if (!dockerAvailable()) {
            throw new IllegalStateException(server + " does not answer and Docker is not available for "
                    + "Testcontainers (CI=true: a missing server is a failure, not a skip)");
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
