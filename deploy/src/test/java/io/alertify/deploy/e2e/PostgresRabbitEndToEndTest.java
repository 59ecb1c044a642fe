package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.RedisActiveIncidentCache;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same path on the production adapters, with the {@code distributed} profile as operators run it:
 * PostgreSQL for incidents and the outbox, RabbitMQ for incident events, Kafka (spring-kafka-test's
 * in-process KRaft broker) for the ingest bus, Redis for the pipeline's open problems. Each run uses its own
 * schema, queue and Redis key so runs never see each other's data.
 */
@ExtendWith(RealServers.class)
@ActiveProfiles("distributed")
@EmbeddedKafka(brokerProperties = "group.initial.rebalance.delay.ms=0",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PostgresRabbitEndToEndTest extends EndToEndTest {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String ACTIVE_INCIDENTS_KEY = "alertify:e2e:" + RUN + ":active-incidents";

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        var postgres = RealServers.postgres();
        var rabbit = RealServers.rabbit();
        var redis = RealServers.redis();
        var schema = "e2e_" + RUN;
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl() + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", postgres::user);
        registry.add("spring.datasource.password", postgres::password);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        registry.add("spring.rabbitmq.host", rabbit::host);
        registry.add("spring.rabbitmq.port", rabbit::port);
        registry.add("spring.rabbitmq.username", rabbit::user);
        registry.add("spring.rabbitmq.password", rabbit::password);
        registry.add("alertify.events.rabbitmq.exchange", () -> "alertify.e2e." + RUN);
        registry.add("alertify.events.rabbitmq.queue", () -> queue());
        registry.add("spring.data.redis.host", redis::host);
        registry.add("spring.data.redis.port", redis::port);
        registry.add("alertify.pipeline.active-incidents.redis.key", () -> ACTIVE_INCIDENTS_KEY);
    }

    @Autowired
    ActiveIncidentCache activeIncidents;

    /** The profile's own choices, not overridden above: Redis for open problems, and its health check. */
    @Test
    void openProblemsAreKeptInRedisWhoseHealthIsChecked() {
        assertThat(activeIncidents).isInstanceOf(RedisActiveIncidentCache.class);
        var health = api.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health).path("status").asString()).isEqualTo("UP");
    }

    /** Leaves the shared local servers as they were: no schema, exchange, queues or key of this run remain. */
    @AfterAll
    static void dropWhatThisRunMade() throws Exception {
        var postgres = RealServers.postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists e2e_" + RUN + " cascade");
        }
        var rabbit = RealServers.rabbit();
        var factory = new CachingConnectionFactory(rabbit.host(), rabbit.port());
        factory.setUsername(rabbit.user());
        factory.setPassword(rabbit.password());
        try {
            var admin = new RabbitAdmin(factory);
            admin.deleteQueue(queue());
            admin.deleteQueue(queue() + ".dlq");
            admin.deleteExchange("alertify.e2e." + RUN);
        } finally {
            factory.destroy();
        }
        var redis = RealServers.redis();
        var connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
        connections.afterPropertiesSet();
        connections.start();
        try {
            new StringRedisTemplate(connections).delete(ACTIVE_INCIDENTS_KEY);
        } finally {
            connections.destroy();
        }
    }

    private static String queue() {
        return "alertify.e2e." + RUN + ".bot";
    }
}
