package io.alertify.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.testing.IncidentEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alertify stopped between two escalation steps: the step that fell due while it was down runs when it is
 * back, once, and the step before it is not repeated. The second start gets a clock ninety seconds
 * ahead: the policy's minute of waiting passed while nobody ran.
 */
class EscalationRestartTest {

    private static final List<String> POLICY = List.of(
            "--alertify.people[0].id=anna", "--alertify.people[0].role=engineer",
            "--alertify.people[0].time-zone=Europe/Berlin", "--alertify.people[0].locale=en",
            "--alertify.people[0].email=anna@example.com",
            "--alertify.people[1].id=boris", "--alertify.people[1].role=engineer",
            "--alertify.people[1].time-zone=Europe/Moscow", "--alertify.people[1].locale=ru",
            "--alertify.people[1].email=boris@example.com",
            "--alertify.escalation.policies[0].name=checkout",
            "--alertify.escalation.policies[0].steps[0].people=anna",
            "--alertify.escalation.policies[0].steps[1].wait=1m",
            "--alertify.escalation.policies[0].steps[2].people=boris",
            "--alertify.routing.routes[0].name=everything",
            "--alertify.routing.routes[0].policy=checkout",
            "--alertify.escalation.tick=200ms");

    @Test
    void aStepDueWhileTheBotWasDownRunsOnceWhenItIsBack() throws Exception {
        var dataDir = Files.createTempDirectory("alertify-escalation-restart");
        var key = IncidentEvents.newKey();

        try (var before = start(dataDir, Clock.systemUTC())) {
            before.getBean(IncidentEventIntake.class).accept(IncidentEvents.trigger(key));
            await().until(() -> pages(before), List.of("anna@example.com")::equals);
        }

        try (var after = start(dataDir, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90)))) {
            await().until(() -> pages(after), List.of("anna@example.com", "boris@example.com")::equals);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> pages(after), List.of("anna@example.com", "boris@example.com")::equals);
            var database = JdbcClient.create(after.getBean(DataSource.class));
            assertThat(database.sql("select state from escalations").query(String.class).list()).containsExactly("FINISHED");
            assertThat(database.sql("select text from incident_timeline where kind = 'escalated' order by id")
                    .query(String.class).list()).as("each step once: Anna before the restart, Boris after it")
                    .satisfiesExactly(
                            first -> assertThat(first).contains("paged anna"),
                            second -> assertThat(second).contains("paged boris"));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, Clock clock) {
        var application = new SpringApplication(AlertifyApplication.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        var args = new java.util.ArrayList<>(List.of("--server.port=0", "--alertify.data-dir=" + dataDir,
                "--alertify.email.enabled=false", "--spring.application.name=restart-" + UUID.randomUUID()));
        args.addAll(POLICY);
        return application.run(args.toArray(String[]::new));
    }

    /** Where pages went, in order: the mailboxes of the card jobs written for people (no notifier sends them here). */
    private static List<String> pages(ConfigurableApplicationContext alertify) {
        return JdbcClient.create(alertify.getBean(DataSource.class))
                .sql("select address from notification_jobs where channel = 'email' and kind = 'card' order by id")
                .query(String.class).list();
    }
}
