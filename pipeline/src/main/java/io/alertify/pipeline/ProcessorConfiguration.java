package io.alertify.pipeline;

import io.alertify.pipeline.anomaly.AnomalyDefinition;
import io.alertify.pipeline.anomaly.AnomalyProperties;
import io.alertify.pipeline.anomaly.BackgroundStateStore;
import io.alertify.pipeline.anomaly.CombinedMetricsDefinition;
import io.alertify.pipeline.anomaly.DetectorStateStore;
import io.alertify.pipeline.anomaly.JdbcDetectorStateStore;
import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.EventGenerator;
import io.alertify.pipeline.events.RetryingActiveIncidentCache;
import io.alertify.pipeline.processor.ProcessingLifecycle;
import io.alertify.pipeline.processor.SampleProcessor;
import io.alertify.pipeline.publish.Backoff;
import io.alertify.pipeline.publish.IncidentEventPublisher;
import io.alertify.pipeline.publish.RetryingPublisher;
import io.alertify.pipeline.rules.DetectorDefinition;
import java.time.Clock;
import java.util.ArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code processor} role: ingest bus in, rules, event generator, incident events out through the
 * transport {@code alertify.events.transport} selects (in-process outbox, or RabbitMQ).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PipelineProperties.class, EventsProperties.class, AnomalyProperties.class})
@Import({BusConfiguration.class, ActiveIncidentCacheConfiguration.class, InProcessEventsConfiguration.class,
        RabbitEventsConfiguration.class})
public class ProcessorConfiguration {

    /** Binds {@code events} first, so an unknown transport fails as a binding error naming the property. */
    @Bean
    EventGenerator eventGenerator(EventsProperties events, ActiveIncidentCache activeIncidentCache,
                                  IncidentEventPublisher publisher) {
        var retry = events.publishRetry();
        var backoff = new Backoff(retry.initialBackoff(), retry.maxBackoff());
        return new EventGenerator(new RetryingActiveIncidentCache(activeIncidentCache, backoff),
                new RetryingPublisher(publisher, backoff));
    }

    /** In the database when there is one (always, in the application); otherwise state lives as long as the process. */
    @Bean
    DetectorStateStore detectorStateStore(ObjectProvider<JdbcTemplate> jdbc,
                                          ObjectProvider<TransactionTemplate> transactions) {
        var database = jdbc.getIfAvailable();
        var template = transactions.getIfAvailable();
        return database != null && template != null
                ? new BackgroundStateStore(new JdbcDetectorStateStore(database, template, Clock.systemUTC()),
                        ProcessingLifecycle.PHASE - 1)
                : DetectorStateStore.inMemory();
    }

    @Bean
    AnomalyDefinition anomalyDefinition(AnomalyProperties anomaly, DetectorStateStore states) {
        return new AnomalyDefinition(anomaly, states);
    }

    /**
     * Threshold rules first, then anomaly detection on every series it watches, then the combined (multi-metric
     * Random Cut Forest) detectors configured in {@code alertify.pipeline.anomaly.combined}.
     */
    @Bean
    SampleProcessor sampleProcessor(PipelineProperties pipeline, AnomalyProperties anomaly,
                                    AnomalyDefinition anomalyDefinition, DetectorStateStore states,
                                    EventGenerator eventGenerator) {
        var definitions = new ArrayList<DetectorDefinition>(pipeline.thresholdRules());
        if (anomaly.enabled()) {
            definitions.add(anomalyDefinition);
            definitions.addAll(CombinedMetricsDefinition.all(anomaly, states));
        }
        var settings = new SampleProcessor.Settings(pipeline.evidencePoints(), pipeline.volatileLabels(),
                anomaly.checkpointEvery(), pipeline.maxSeries(), pipeline.seriesIdleAfter());
        return new SampleProcessor(definitions, eventGenerator, settings, Clock.systemUTC());
    }

    @Bean
    ProcessingLifecycle processingLifecycle(IngestBus ingestBus, SampleProcessor sampleProcessor) {
        return new ProcessingLifecycle(ingestBus, sampleProcessor);
    }
}
