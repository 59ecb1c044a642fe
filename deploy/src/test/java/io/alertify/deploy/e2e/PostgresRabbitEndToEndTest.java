package io.alertify.deploy.e2e;

import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same path on the production adapters: PostgreSQL for incidents and the outbox, RabbitMQ for
 * incident events, Kafka (spring-kafka-test's in-process KRaft broker) for the ingest bus. Each run uses
 * its own schema and queue so runs never see each other's data.
 */
@ExtendWith(RealServers.class)
@EmbeddedKafka(brokerProperties = "group.initial.rebalance.delay.ms=0",
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class PostgresRabbitEndToEndTest extends EndToEndTest {

    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        var postgres = RealServers.postgres();
        var rabbit = RealServers.rabbit();
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
        registry.add("alertify.events.transport", () -> "rabbitmq");
        registry.add("alertify.pipeline.bus.type", () -> "kafka");
        registry.add("alertify.events.rabbitmq.exchange", () -> "alertify.e2e." + RUN);
        registry.add("alertify.events.rabbitmq.queue", () -> queue());
    }

    /** Leaves the shared local servers as they were: no schema, exchange or queues of this run remain. */
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
    }

    private static String queue() {
        return "alertify.e2e." + RUN + ".bot";
    }
}
