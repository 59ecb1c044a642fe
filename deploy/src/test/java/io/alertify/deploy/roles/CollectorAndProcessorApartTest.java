package io.alertify.deploy.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.pipeline.collector.MetricsController;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Collector and processor as two processes of the same jar, joined by Kafka: a breach the collector
 * accepts becomes an incident event in the processor.
 */
@EmbeddedKafka(brokerProperties = "group.initial.rebalance.delay.ms=0")
class CollectorAndProcessorApartTest {

    @Test
    void aBreachAcceptedByTheCollectorBecomesAnIncidentEventInTheProcessor() throws Exception {
        var kafka = List.of("--alertify.pipeline.bus.type=kafka",
                "--alertify.pipeline.bus.kafka.topic=apart-" + UUID.randomUUID(),
                "--spring.kafka.bootstrap-servers=" + EmbeddedKafkaCondition.getBroker().getBrokersAsString());
        try (var collector = RolesTest.start("collector", kafka.toArray(String[]::new));
                var processor = RolesTest.start("processor,bot", kafka.toArray(String[]::new))) {
            var metrics = collector.getBean(MetricsController.class);

            // Three slow samples in a row trip "latency > 500 for 3 samples" (the packaged rule).
            for (var latency : List.of(730, 810, 905)) {
                metrics.receive(post("""
                        {"service_id":"checkout","timestamp":"%s","metrics":{"latency":%d},"labels":{"pod":"checkout-7d9f"}}"""
                        .formatted(Instant.now(), latency).getBytes(StandardCharsets.UTF_8)));
            }

            var outbox = JdbcClient.create(processor.getBean(DataSource.class));
            var event = await().atMost(Duration.ofSeconds(30)).until(() -> outbox
                    .sql("select payload from incident_event_outbox").query(String.class).list(), e -> !e.isEmpty());
            assertThat(event.getFirst()).contains("\"action\":\"trigger\"", "checkout", "latency-high");
        }
    }

    private static org.springframework.mock.web.MockHttpServletRequest post(byte[] body) {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/metrics");
        request.setContent(body);
        return request;
    }
}
