package io.alertify.pipeline;

import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.collector.CollectorExceptionHandler;
import io.alertify.pipeline.collector.BatchIntake;
import io.alertify.pipeline.collector.LineProtocolController;
import io.alertify.pipeline.collector.MetricsController;
import io.alertify.pipeline.collector.OtlpController;
import io.alertify.pipeline.collector.RemoteWriteController;
import io.alertify.pipeline.request.BatchLimits;
import io.alertify.pipeline.collector.SeriesBudget;
import io.alertify.pipeline.request.IntakeLimits;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code collector} role: {@code POST /metrics}, Influx line protocol ({@code /write},
 * {@code /api/v2/write}), Prometheus remote_write ({@code /api/v1/write}) and OTLP/HTTP
 * ({@code /v1/metrics}) onto the ingest bus, within the intake's limits.
 */
@Configuration(proxyBeanMethods = false)
@Import(BusConfiguration.class)
@EnableConfigurationProperties({IntakeLimits.class, BatchLimits.class})
public class CollectorConfiguration {

    @Bean
    SeriesBudget seriesBudget(IntakeLimits limits, PipelineProperties pipeline, ObjectProvider<MeterRegistry> meters) {
        var budget = new SeriesBudget(limits.seriesPerService(), pipeline.maxSeries(), limits.seriesIdleFor(),
                pipeline.volatileLabels(), Clock.systemUTC());
        meters.ifAvailable(registry -> {
            Gauge.builder("alertify.collector.series", budget, SeriesBudget::tracked)
                    .description("Series the collector has seen recently, against alertify.pipeline.max-series")
                    .register(registry);
            Gauge.builder("alertify.collector.series.limit", pipeline, PipelineProperties::maxSeries)
                    .description("alertify.pipeline.max-series").register(registry);
            Gauge.builder("alertify.collector.series.budget.per.service", budget, SeriesBudget::perService)
                    .description("alertify.pipeline.limits.series-per-service").register(registry);
            FunctionCounter.builder("alertify.collector.series.refused", budget, SeriesBudget::refused)
                    .description("Requests refused with 429 because they would start series over a budget")
                    .register(registry);
        });
        return budget;
    }

    @Bean
    MetricsController metricsController(IngestBus ingestBus, IntakeLimits limits, BatchLimits batch,
            SeriesBudget budget) {
        return new MetricsController(ingestBus, limits, batch, budget, Clock.systemUTC());
    }

    @Bean
    BatchIntake batchIntake(IngestBus ingestBus, SeriesBudget budget) {
        return new BatchIntake(ingestBus, budget);
    }

    @Bean
    LineProtocolController lineProtocolController(BatchIntake intake, IntakeLimits limits, BatchLimits batch) {
        return new LineProtocolController(intake, limits, batch, Clock.systemUTC());
    }

    @Bean
    RemoteWriteController remoteWriteController(BatchIntake intake, IntakeLimits limits, BatchLimits batch) {
        return new RemoteWriteController(intake, limits, batch, Clock.systemUTC());
    }

    @Bean
    OtlpController otlpController(BatchIntake intake, IntakeLimits limits, BatchLimits batch) {
        return new OtlpController(intake, limits, batch, Clock.systemUTC());
    }

    @Bean
    CollectorExceptionHandler collectorExceptionHandler() {
        return new CollectorExceptionHandler();
    }
}
