package io.alertify.pipeline;

import io.alertify.pipeline.bus.InMemoryIngestBus;
import io.alertify.pipeline.bus.IngestBus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ingest bus, shared by the collector (producer) and the processor (consumer); imported by both,
 * so it exists once whichever roles run. The in-process bus only joins a collector and a processor in
 * the same process.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
class BusConfiguration {

    @Bean
    IngestBus ingestBus(PipelineProperties properties) {
        var bus = properties.bus();
        return new InMemoryIngestBus(bus.capacity(), bus.retryAfter(), bus.drainTimeout());
    }
}
