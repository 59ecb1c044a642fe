package io.alertify.pipeline;

import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.EventGenerator;
import io.alertify.pipeline.events.InMemoryActiveIncidentCache;
import io.alertify.pipeline.processor.ProcessingLifecycle;
import io.alertify.pipeline.processor.SampleProcessor;
import io.alertify.pipeline.publish.Backoff;
import io.alertify.pipeline.publish.IncidentEventPublisher;
import io.alertify.pipeline.publish.RetryingPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code processor} role: ingest bus in, rules, event generator, incident events out through the
 * transport {@code alertify.events.transport} selects (in-process outbox, or RabbitMQ).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PipelineProperties.class, EventsProperties.class})
@Import({BusConfiguration.class, InProcessEventsConfiguration.class, RabbitEventsConfiguration.class})
public class ProcessorConfiguration {

    @Bean
    ActiveIncidentCache activeIncidentCache() {
        return new InMemoryActiveIncidentCache();
    }

    /** Binds {@code events} first, so an unknown transport fails as a binding error naming the property. */
    @Bean
    EventGenerator eventGenerator(EventsProperties events, ActiveIncidentCache activeIncidentCache,
                                  IncidentEventPublisher publisher) {
        var retry = events.publishRetry();
        var backoff = new Backoff(retry.initialBackoff(), retry.maxBackoff());
        return new EventGenerator(activeIncidentCache, new RetryingPublisher(publisher, backoff));
    }

    @Bean
    SampleProcessor sampleProcessor(PipelineProperties pipeline, EventGenerator eventGenerator) {
        return new SampleProcessor(pipeline.thresholdRules(), eventGenerator, pipeline.evidencePoints(),
                pipeline.volatileLabels());
    }

    @Bean
    ProcessingLifecycle processingLifecycle(IngestBus ingestBus, SampleProcessor sampleProcessor) {
        return new ProcessingLifecycle(ingestBus, sampleProcessor);
    }
}
