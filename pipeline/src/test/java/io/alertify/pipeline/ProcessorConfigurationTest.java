package io.alertify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.pipeline.anomaly.AnomalyProperties;
import io.alertify.pipeline.api.IncidentEventDelivery;
import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.collector.MetricsController;
import io.alertify.pipeline.publish.outbox.OutboxRelay;
import io.alertify.pipeline.publish.rabbitmq.RabbitIncidentEventPublisher;
import io.alertify.pipeline.rules.Severity;
import io.alertify.pipeline.rules.ThresholdRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/** The processor role as deploy imports it: rules from configuration, transport by property, fail fast. */
class ProcessorConfigurationTest {

    private static final String[] LATENCY_RULE = {
            "alertify.pipeline.rules[0].id=latency-high",
            "alertify.pipeline.rules[0].metric=latency",
            "alertify.pipeline.rules[0].above=500",
            "alertify.pipeline.rules[0].severity=critical"};

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                    RabbitAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:processor-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
            .withUserConfiguration(ProcessorConfiguration.class);

    @Test
    void aBreachOnTheBusReachesTheBotThroughTheOutbox() {
        var delivered = new CopyOnWriteArrayList<String>();
        runner.withPropertyValues(LATENCY_RULE)
                .withBean(IncidentEventDelivery.class, () -> delivered::add)
                .run(context -> {
                    var bus = context.getBean(IngestBus.class);
                    for (double latency : new double[] {730, 740, 750}) {
                        bus.publish(List.of(new MetricSample("checkout", "latency",
                                Instant.parse("2026-11-25T06:00:00Z"), latency, Map.of("namespace", "shop"))));
                    }

                    await().until(() -> delivered.size() == 1);
                    var event = JsonMapper.builder().build().readTree(delivered.getFirst());
                    assertThat(event.get("action").stringValue()).isEqualTo("trigger");
                    assertThat(event.get("severity").stringValue()).isEqualTo("critical");
                    assertThat(event.get("summary").stringValue()).isEqualTo("latency > 500 for 3 samples (last 750)");
                    assertThat(context).doesNotHaveBean(MetricsController.class);
                });
    }

    @Test
    void inProcessEventsWithoutTheBotRefuseToStart() {
        runner.run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("in-process incident events need the bot role in the same "
                        + "process; set alertify.events.transport=rabbitmq to run the pipeline alone"));
    }

    @Test
    void rulesTakeTheirDefaultsFromTheBrief() {
        runner.withPropertyValues("alertify.pipeline.rules[0].id=latency-high", "alertify.pipeline.rules[0].metric=latency",
                        "alertify.pipeline.rules[0].above=500")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context.getBean(PipelineProperties.class).thresholdRules()).containsExactly(
                        new ThresholdRule("latency-high", "latency", 500.0, null, 3, 3, Severity.WARNING, null)));
    }

    @Test
    void rulesBindTheirHysteresisSettings() {
        runner.withPropertyValues(LATENCY_RULE)
                .withPropertyValues("alertify.pipeline.rules[0].recover-samples=5", "alertify.pipeline.rules[0].recover-at=400",
                        "alertify.pipeline.rules[0].for=2m", "alertify.pipeline.rules[0].keep-firing-for=10m")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context.getBean(PipelineProperties.class).thresholdRules()).containsExactly(
                        new ThresholdRule("latency-high", "latency", 500.0, null, 3, 5, Severity.CRITICAL, null, 400.0,
                                Duration.ofMinutes(2), Duration.ofMinutes(10))));
    }

    @Test
    void aRecoveryThresholdOnTheBreachingSideStopsStartupNamingTheKey() {
        runner.withPropertyValues(LATENCY_RULE)
                .withPropertyValues("alertify.pipeline.rules[0].recover-at=600")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "alertify.pipeline.rules[0].recover-at: rule 'latency-high': recover-at 600 must be at or below "
                                + "the threshold, above 500"));
    }

    @Test
    void aBadRuleStopsStartupNamingIt() {
        runner.withPropertyValues(LATENCY_RULE)
                .withPropertyValues("alertify.pipeline.rules[1].id=broken", "alertify.pipeline.rules[1].metric=latency")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("alertify.pipeline.rules[1]: rule 'broken': set exactly one of above or below"));
    }

    @Test
    void combinedMetricsBindFromTheAnomalySection() {
        runner.withPropertyValues("alertify.pipeline.anomaly.combined[0].id=latency-errors",
                        "alertify.pipeline.anomaly.combined[0].metrics=latency,error_rate",
                        "alertify.pipeline.anomaly.combined[0].service=checkout",
                        "alertify.pipeline.anomaly.combined[0].min-severity=info",
                        "alertify.pipeline.anomaly.combined[1].id=every-service",
                        "alertify.pipeline.anomaly.combined[1].metrics[0]=latency",
                        "alertify.pipeline.anomaly.combined[1].metrics[1]=error_rate")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context.getBean(AnomalyProperties.class).combined()).containsExactly(
                        new AnomalyProperties.Combined("latency-errors", List.of("latency", "error_rate"), "checkout",
                                Severity.INFO),
                        new AnomalyProperties.Combined("every-service", List.of("latency", "error_rate"), null, null)));
    }

    @Test
    void aCombinedEntryWithOneMetricStopsStartupNamingIt() {
        runner.withPropertyValues("alertify.pipeline.anomaly.combined[0].id=lonely",
                        "alertify.pipeline.anomaly.combined[0].metrics=latency")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("combined 'lonely': metrics needs two or more different metrics"));
    }

    @Test
    void rabbitmqTransportDeclaresADurableTopicExchangeAndNeedsNoBot() {
        runner.withPropertyValues("alertify.events.transport=rabbitmq",
                        "spring.rabbitmq.publisher-confirm-type=correlated", "spring.rabbitmq.publisher-returns=true")
                .run(context -> {
                    assertThat(context).hasNotFailed()
                            .hasSingleBean(RabbitIncidentEventPublisher.class)
                            .doesNotHaveBean(OutboxRelay.class);
                    var exchange = context.getBean(TopicExchange.class);
                    assertThat(exchange.getName()).isEqualTo("alertify.incident-events");
                    assertThat(exchange.isDurable()).isTrue();
                    assertThat(exchange.isAutoDelete()).isFalse();
                });
    }

    @Test
    void rabbitmqTransportWithoutPublisherConfirmsRefusesToStart() {
        runner.withPropertyValues("alertify.events.transport=rabbitmq")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("spring.rabbitmq.publisher-confirm-type=correlated"));
    }

    @Test
    void anUnknownTransportIsAStartupError() {
        runner.withPropertyValues("alertify.events.transport=kafka")
                .withBean(IncidentEventDelivery.class, () -> json -> { })
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("alertify.events.transport"));
    }
}
