package io.alertify.deploy.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.deploy.AlertifyApplication;
import io.alertify.pipeline.api.IncidentEventDelivery;
import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.bus.KafkaIngestBus;
import io.alertify.pipeline.collector.MetricsController;
import io.alertify.pipeline.processor.SampleProcessor;
import io.alertify.remediation.api.ScriptRunner;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** One jar, several processes: alertify.roles decides which modules a process runs. */
@EmbeddedKafka
class RolesTest {

    @Test
    void theBotRunsAloneWithoutThePipeline() throws Exception {
        try (var context = start("bot,remediation")) {
            assertThat(context.getBean(IncidentEventIntake.class)).isNotNull();
            assertThat(context.getBean(ScriptRunner.class)).isNotNull();
            assertThat(context.containsBean("metricsController")).isFalse();
            assertThatThrownBy(() -> context.getBean(IngestBus.class))
                    .isInstanceOf(NoSuchBeanDefinitionException.class);
        }
    }

    @Test
    void thePipelineAloneRefusesInProcessEventsWithAClearMessage() {
        assertThatThrownBy(() -> start("pipeline").close())
                .rootCause()
                .hasMessageContaining("set alertify.events.transport=rabbitmq to run the pipeline alone");
    }

    @Test
    void aCollectorWithoutAProcessorIsRefusedOnTheInProcessBus() {
        assertThatThrownBy(() -> start("collector").close())
                .rootCause().hasMessageContaining("run alertify.roles=pipeline")
                .hasMessageContaining("alertify.pipeline.bus.type=kafka");
    }

    @Test
    void aCollectorRunsAloneOnTheKafkaBus() throws Exception {
        try (var context = start("collector", "--alertify.pipeline.bus.type=kafka",
                "--spring.kafka.bootstrap-servers=" + EmbeddedKafkaCondition.getBroker().getBrokersAsString())) {
            assertThat(context.getBean(MetricsController.class)).isNotNull();
            assertThat(context.getBean(IngestBus.class)).isInstanceOf(KafkaIngestBus.class);
            assertThat(context.getBeanNamesForType(SampleProcessor.class)).isEmpty();
        }
    }

    @Test
    void aMisspeltTransportIsRefusedByName() {
        assertThatThrownBy(() -> start("bot", "--alertify.events.transport=rabitmq").close())
                .rootCause().hasMessageContaining("alertify.events.transport: unknown transport 'rabitmq'");
    }

    @Test
    void anUnknownRoleIsRefusedByName() {
        assertThatThrownBy(() -> Role.parse("collector,notifer"))
                .hasMessageContaining("unknown role 'notifer'");
        assertThat(Role.parse("pipeline")).containsExactlyInAnyOrder(Role.COLLECTOR, Role.PROCESSOR);
        assertThat(Role.parse("all")).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void everythingRunsByDefault() throws Exception {
        try (var context = start("all")) {
            assertThat(context.getBean(IncidentEventDelivery.class)).isNotNull();
            assertThat(context.getBean(IngestBus.class)).isNotNull();
            assertThat(context.getBean(IncidentEventIntake.class)).isNotNull();
        }
    }

    static ConfigurableApplicationContext start(String roles, String... more) throws Exception {
        var app = new SpringApplication(AlertifyApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        var args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", "--alertify.roles=" + roles,
                "--alertify.data-dir=" + Files.createTempDirectory("alertify-roles"),
                "--spring.datasource.url=jdbc:h2:mem:roles-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        args.addAll(java.util.List.of(more));
        return app.run(args.toArray(String[]::new));
    }
}
