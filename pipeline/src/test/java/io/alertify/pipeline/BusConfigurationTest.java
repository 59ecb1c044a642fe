package io.alertify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.bus.InMemoryIngestBus;
import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.bus.KafkaIngestBus;
import io.alertify.pipeline.bus.MetricSample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** alertify.pipeline.bus.type picks the adapter; the Kafka one reaches the brokers spring.kafka.* names. */
@EmbeddedKafka
class BusConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
            .withUserConfiguration(BusConfiguration.class);

    @Test
    void theInProcessBusIsTheDefault() {
        contexts.run(context -> assertThat(context.getBean(IngestBus.class)).isInstanceOf(InMemoryIngestBus.class));
    }

    @Test
    void aMisspeltTypeStopsTheStartNamingTheProperty() {
        contexts.withPropertyValues("alertify.pipeline.bus.type=kafak").run(context ->
                assertThat(context).getFailure()
                        .hasStackTraceContaining("Failed to bind properties under 'alertify.pipeline.bus.type'")
                        .rootCause().hasMessageContaining("kafak"));
    }

    @Test
    void kafkaRecordsAreJsonKeyedBySeriesWhateverThePod() {
        var topic = "samples-" + UUID.randomUUID();
        var brokers = EmbeddedKafkaCondition.getBroker().getBrokersAsString();
        contexts.withPropertyValues("alertify.pipeline.bus.type=kafka", "alertify.pipeline.bus.kafka.topic=" + topic,
                "spring.kafka.bootstrap-servers=" + brokers).run(context -> {
            var bus = context.getBean(IngestBus.class);
            assertThat(bus).isInstanceOf(KafkaIngestBus.class);

            bus.publish(List.of(sample("checkout-7d9f", 730), sample("checkout-b2c1", 810)));

            try (var records = new KafkaConsumer<>(KafkaTestUtils.consumerProps(brokers, "reader", false),
                    new StringDeserializer(), new StringDeserializer())) {
                records.subscribe(List.of(topic));
                var both = KafkaTestUtils.getRecords(records, Duration.ofSeconds(20), 2);
                var keys = new java.util.HashSet<String>();
                both.forEach(r -> keys.add(r.key()));
                assertThat(keys).containsExactly("checkout/latency{namespace=shop}");
                assertThat(both.iterator().next().value()).contains("\"service\":\"checkout\"",
                        "\"timestamp\":\"2026-11-25T06:00:00Z\"", "\"pod\":\"checkout-7d9f\"", "\"value\":730.0");
            }
        });
    }

    private static MetricSample sample(String pod, double value) {
        return new MetricSample("checkout", "latency", Instant.parse("2026-11-25T06:00:00Z"), value,
                Map.of("namespace", "shop", "pod", pod));
    }
}
