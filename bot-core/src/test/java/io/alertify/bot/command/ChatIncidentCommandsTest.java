package io.alertify.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatRequests;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Remediator;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.testing.FakeRemediator;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.RecordingNotifier;
import io.alertify.bot.testing.RecordingNotifier.Call;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Slack user U-ENGINEER is an engineer in the test configuration; everyone else is a user. */
@BotCoreTest
class ChatIncidentCommandsTest {

    static final ChatUser ENGINEER = new ChatUser(Channel.SLACK, "U-ENGINEER", "Alice");
    static final ChatUser STRANGER = new ChatUser(Channel.SLACK, "U-STRANGER", "Mallory");
    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");
    static final Destination RU = new Destination(Channel.SLACK, "C-RU");

    @Autowired
    IncidentCommands commands;

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    FakeRemediator remediator;

    @Autowired
    RecordingNotifier slackNotifier;

    private long open() {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key));
        return incidents.findActive(key).orElseThrow().id();
    }

    private CommandOutcome press(Action action, long id, ChatUser actor, Destination origin) {
        return commands.execute(new ActionCommand(id, action, actor, origin));
    }

    @Test
    void anEngineerAcknowledges() {
        var id = open();

        var outcome = press(Action.ACKNOWLEDGE, id, ENGINEER, ONCALL);

        assertThat(outcome).isEqualTo(new CommandOutcome(true, "Incident #" + id + " acknowledged. Thank you for taking it."));
        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        assertThat(incident.acknowledgedBy()).isEqualTo("Alice (slack:U-ENGINEER)");
    }

    @Test
    void aUserIsRefusedPolitelyInTheLanguageOfTheirChat() {
        var id = open();

        var english = press(Action.ACKNOWLEDGE, id, STRANGER, ONCALL);
        var russian = press(Action.RESTART_POD, id, STRANGER, RU);

        assertThat(english).isEqualTo(new CommandOutcome(false,
                "Only engineers can acknowledge incidents. Ask an on-call engineer."));
        assertThat(russian).isEqualTo(new CommandOutcome(false,
                "Перезапускать поды могут только инженеры. Обратитесь к дежурному инженеру."));
        assertThat(incidents.find(id).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(remediator.runs(id)).isEmpty();
        assertThat(incidents.find(id).orElseThrow().timeline())
                .filteredOn(line -> line.kind() == TimelineKind.COMMAND_REFUSED)
                .as("each refusal is in the audit trail, by the stranger's stable id")
                .extracting(line -> line.text())
                .containsExactly("acknowledge refused: role user needs engineer", "restart_pod refused: role user needs engineer");
    }

    @Test
    void whatCannotBeDoneIsExplained() {
        var id = open();
        press(Action.RESOLVE, id, ENGINEER, ONCALL);

        assertThat(press(Action.ACKNOWLEDGE, id, ENGINEER, ONCALL))
                .isEqualTo(new CommandOutcome(false, "Incident #" + id + " is already resolved."));
        assertThat(press(Action.RESOLVE, id, ENGINEER, RU))
                .isEqualTo(new CommandOutcome(false, "Инцидент #" + id + " уже решён."));
        assertThat(press(Action.ACKNOWLEDGE, 987_654_321L, ENGINEER, null))
                .isEqualTo(new CommandOutcome(false, "There is no incident #987654321."));
    }

    @Test
    void restartPodRunsTheScriptRecordsTheOutcomeAndSaysItInEveryThread() {
        var id = open();
        await().until(() -> slackNotifier.calls(id, "post").size() == 2);

        var outcome = press(Action.RESTART_POD, id, ENGINEER, ONCALL);

        assertThat(outcome).isEqualTo(new CommandOutcome(true,
                "The pod of checkout was restarted: pod deleted; a new one is starting"));
        assertThat(remediator.runs(id)).containsExactly(new FakeRemediator.Run("restart_pod", id,
                Map.of("service", "checkout", "namespace", "shop", "pod", "checkout-7d9f"), "Alice (slack:U-ENGINEER)"));
        assertThat(incidents.find(id).orElseThrow().timeline()).last().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(TimelineKind.REMEDIATION_SUCCEEDED);
            assertThat(line.actor()).isEqualTo("Alice (slack:U-ENGINEER)");
            assertThat(line.text()).isEqualTo("restart_pod: pod deleted; a new one is starting");
        });
        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "say"))
                .extracting(Call::destination, Call::text)
                .containsExactlyInAnyOrder(
                        tuple(ONCALL,
                                "Alice (slack:U-ENGINEER) restarted the pod of checkout: pod deleted; a new one is starting"),
                        tuple(RU,
                                "Alice (slack:U-ENGINEER) перезапустил(а) под сервиса checkout: pod deleted; a new one is starting")));
        assertThat(slackNotifier.calls(id, "say")).allSatisfy(say -> assertThat(say.message()).isNotNull());
        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "update"))
                .extracting(update -> update.card().footer())
                .containsExactlyInAnyOrder(
                        "Remediation by Alice (slack:U-ENGINEER) succeeded: restart_pod: pod deleted; a new one is starting",
                        "Исправление (Alice (slack:U-ENGINEER)) выполнено: restart_pod: pod deleted; a new one is starting"));
    }

    @Test
    void aFailedRestartIsReportedAsFailed() {
        var id = open();
        remediator.willAnswer(id, new Remediator.Result(false, List.of("pods \"checkout-7d9f\" is forbidden")));

        var outcome = press(Action.RESTART_POD, id, ENGINEER, ONCALL);

        assertThat(outcome).isEqualTo(new CommandOutcome(false,
                "Could not restart the pod of checkout: pods \"checkout-7d9f\" is forbidden"));
        assertThat(incidents.find(id).orElseThrow().timeline()).extracting(TimelineLine::kind)
                .contains(TimelineKind.REMEDIATION_FAILED);
    }

    @Test
    void withoutRemediationRestartPodIsPolitelyNotAvailable(@Autowired ChatRoles roles,
            @Autowired Subscriptions subscriptions, @Autowired Texts texts, @Autowired ChatRequests requests,
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @Autowired io.alertify.bot.api.Escalation escalation, @Autowired io.alertify.bot.people.PeopleStore people) {
        var noRemediation = new DefaultListableBeanFactory().getBeanProvider(Remediator.class);
        var commands = new ChatIncidentCommands(incidents, roles, subscriptions, texts,
                new RestartPod(incidents, noRemediation, texts, new RunningRemediations(jdbc, java.time.Clock.systemUTC())),
                requests, escalation, people);
        var id = open();

        var outcome = commands.execute(new ActionCommand(id, Action.RESTART_POD, ENGINEER, ONCALL));

        assertThat(outcome).isEqualTo(new CommandOutcome(false, "Remediation is not enabled here, so I cannot"
                + " restart pods. Ask an administrator to enable it, or restart the pod by hand."));
    }
}
