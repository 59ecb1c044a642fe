package io.alertify.pipeline;

import io.alertify.pipeline.bus.InMemoryIngestBus;
import io.alertify.pipeline.bus.IngestBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ingest bus, shared by the collector (producer) and the processor (consumer); imported by both,
 * so it exists once whichever roles run. {@code alertify.pipeline.bus.type} picks the adapter: the
 * in-process bus only joins a collector and a processor in the same process, Kafka joins processes.
 * One bean for both, chosen from the bound enum, so a misspelt type fails as a binding error naming the
 * property, and the in-process default never touches a Kafka class.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
class BusConfiguration {

    /** @param kafka Boot's {@code spring.kafka.*}; absent in contexts without Boot's auto-configuration */
    @Bean
    IngestBus ingestBus(PipelineProperties properties, ObjectProvider<KafkaProperties> kafka) {
        var bus = properties.bus();
        return switch (bus.type()) {
            case IN_PROCESS -> new InMemoryIngestBus(bus.capacity(), bus.retryAfter(), bus.drainTimeout());
            case KAFKA -> KafkaBus.create(properties, kafka.getIfAvailable(KafkaProperties::new));
        };
    }
}
