package io.alertify.pipeline;

import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.collector.CollectorExceptionHandler;
import io.alertify.pipeline.collector.MetricsController;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The {@code collector} role: {@code POST /metrics} onto the ingest bus. */
@Configuration(proxyBeanMethods = false)
@Import(BusConfiguration.class)
public class CollectorConfiguration {

    @Bean
    MetricsController metricsController(IngestBus ingestBus) {
        return new MetricsController(ingestBus, Clock.systemUTC());
    }

    @Bean
    CollectorExceptionHandler collectorExceptionHandler() {
        return new CollectorExceptionHandler();
    }
}
