package io.alertify.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.RecordingNotifier;
import io.alertify.bot.testing.RecordingNotifier.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The test application's policy (bot-core-test.properties) on incidents of service "escalating": the C-ESC
 * channel and esc-anna (on call in esc-primary), five minutes later esc-boris, five minutes later all of it
 * once more. The scheduler is off; each test moves the time by calling {@link Escalations#runDue} with it.
 * Anna has Slack (U-ANNA) and email; Boris only Slack (U-BORIS). Each test's incidents have a card of their own.
 */
@BotCoreTest
class EscalationTest {

    static final Destination CHANNEL = new Destination(Channel.SLACK, "C-ESC");
    static final Destination ANNA = new Destination(Channel.SLACK, "U-ANNA");
    static final Destination ANNA_MAIL = new Destination(Channel.EMAIL, "anna@example.com");
    static final Destination BORIS = new Destination(Channel.SLACK, "U-BORIS");

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    Escalations escalations;

    @Autowired
    ManualEscalation manual;

    @Autowired
    RecordingNotifier slackNotifier;

    @Autowired
    RecordingNotifier emailNotifier;

    /** Opens an incident of "escalating" on the card of {@code group}; answers its id. */
    private long open(String group) {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, "critical", "escalating", UUID.randomUUID().toString(), group));
        return incidents.findActive(key).orElseThrow().id();
    }

    private String cardOf(long id) {
        return incidents.find(id).orElseThrow().cardKey();
    }

    private List<Call> sent(RecordingNotifier notifier, Destination to, String card, String method) {
        return notifier.callsTo(to).stream().filter(c -> c.method().equals(method))
                .filter(c -> c.card() != null ? c.card().key().equals(card) : true).toList();
    }

    private List<String> escalated(long id) {
        return incidents.find(id).orElseThrow().timeline().stream().filter(l -> l.kind() == TimelineKind.ESCALATED)
                .map(TimelineLine::text).toList();
    }

    @Test
    void nobodyAnsweringClimbsThePolicyStepByStepAndRepeatsItOnce() {
        var opened = Instant.now();
        var id = open(UUID.randomUUID().toString());
        var card = cardOf(id);

        escalations.runDue(opened.plusSeconds(1));
        await().untilAsserted(() -> {
            assertThat(sent(slackNotifier, CHANNEL, card, "post")).as("the channel card, from the route").hasSize(1);
            assertThat(sent(slackNotifier, ANNA, card, "post")).as("a DM to the person on call").hasSize(1);
            assertThat(sent(emailNotifier, ANNA_MAIL, card, "post")).as("and a mail").hasSize(1);
        });
        assertThat(sent(slackNotifier, ANNA, card, "post").getFirst().card().locale().getLanguage()).isEqualTo("ru");
        assertThat(sent(slackNotifier, BORIS, card, "post")).isEmpty();

        escalations.runDue(opened.plus(Duration.ofMinutes(4)));
        assertThat(escalated(id)).hasSize(1);

        escalations.runDue(opened.plus(Duration.ofMinutes(5)).plusSeconds(2));
        await().until(() -> sent(slackNotifier, BORIS, card, "post").size() == 1);
        assertThat(escalated(id)).hasSize(2).last().asString().contains("Boris");

        // ten minutes: the policy again from the top, as a nudge in the threads of the cards people have
        escalations.runDue(opened.plus(Duration.ofMinutes(10)).plusSeconds(3));
        await().untilAsserted(() -> {
            assertThat(slackNotifier.calls(id, "say")).extracting(Call::destination).contains(CHANNEL, ANNA);
            assertThat(sent(slackNotifier, ANNA, card, "post")).hasSize(1);
        });
        assertThat(slackNotifier.calls(id, "say").stream().filter(c -> c.destination().equals(ANNA)).findFirst()
                .orElseThrow().text()).startsWith("Всё ещё не подтверждено");

        escalations.runDue(opened.plus(Duration.ofMinutes(15)).plusSeconds(4));
        escalations.runDue(opened.plus(Duration.ofHours(2)));
        assertThat(escalated(id)).as("two rounds of two paging steps, then the policy has run out").hasSize(4);
    }

    @Test
    void acknowledgingStopsItAndAnAcknowledgementNobodyResolvesExpires() {
        var opened = Instant.now();
        var id = open(UUID.randomUUID().toString());
        var card = cardOf(id);
        escalations.runDue(opened.plusSeconds(1));
        await().until(() -> sent(slackNotifier, ANNA, card, "post").size() == 1);

        incidents.acknowledge(id, "Anna");
        escalations.runDue(opened.plus(Duration.ofMinutes(6)));
        assertThat(escalated(id)).as("Boris is not paged: Anna has it").hasSize(1);

        // ack-expires is 30 min in the test application: nobody resolved it, so it needs somebody again
        escalations.runDue(opened.plus(Duration.ofMinutes(31)));
        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(incident.timeline()).extracting(TimelineLine::kind).contains(TimelineKind.ACKNOWLEDGEMENT_EXPIRED);
        assertThat(escalated(id)).hasSize(2);

        incidents.resolve(id, "Anna");
        escalations.runDue(opened.plus(Duration.ofHours(3)));
        assertThat(escalated(id)).as("resolved: the escalation is over").hasSize(2);
    }

    @Test
    void aStormOnOneCardPagesOncePerStepNotOncePerIncident() {
        var group = UUID.randomUUID().toString();
        var opened = Instant.now();
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 25; i++) {
            ids.add(open(group));
        }
        var card = cardOf(ids.getFirst());
        assertThat(ids).allSatisfy(id -> assertThat(cardOf(id)).isEqualTo(card));

        escalations.runDue(opened.plusSeconds(1));
        escalations.runDue(opened.plus(Duration.ofMinutes(6)));
        await().until(() -> sent(slackNotifier, BORIS, card, "post").size() == 1);

        assertThat(sent(slackNotifier, ANNA, card, "post")).hasSize(1);
        assertThat(slackNotifier.callsTo(ANNA).stream().filter(c -> c.method().equals("say")).toList())
                .filteredOn(c -> c.text().contains("#" + ids.getFirst())).isEmpty();
        assertThat(escalated(ids.getFirst())).hasSize(2);
    }

    @Test
    void aStepDueWhileNobodyRanTheSchedulerRunsOnceWhenItDoes() {
        var opened = Instant.now();
        var id = open(UUID.randomUUID().toString());
        var card = cardOf(id);

        // the bot was down for seven minutes: both the first step and Boris's are due; each runs once
        escalations.runDue(opened.plus(Duration.ofMinutes(7)));
        escalations.runDue(opened.plus(Duration.ofMinutes(7)));
        await().until(() -> sent(slackNotifier, BORIS, card, "post").size() == 1);
        assertThat(sent(slackNotifier, ANNA, card, "post")).hasSize(1);
        assertThat(escalated(id)).hasSize(1).first().asString().contains("Anna").contains("Boris");
    }

    @Test
    void escalatingByHandRunsTheNextStepNowOrPagesWhomeverIsChosen() {
        var opened = Instant.now();
        var id = open(UUID.randomUUID().toString());
        var card = cardOf(id);
        escalations.runDue(opened.plusSeconds(1));

        var next = manual.escalate(id, null, "Olga (slack:U-OLGA)");
        assertThat(next.outcome()).isEqualTo(ManualEscalation.Outcome.DONE);
        assertThat(next.reached()).contains("Boris");
        await().until(() -> sent(slackNotifier, BORIS, card, "post").size() == 1);
        assertThat(escalated(id)).last().asString().contains("Escalated by Olga");

        assertThat(manual.escalate(id, "schedule:esc-primary", "Olga").reached()).contains("Anna");
        assertThat(manual.escalate(id, "nobody-like-this", "Olga").outcome())
                .isEqualTo(ManualEscalation.Outcome.UNKNOWN_TARGET);
        assertThat(manual.escalate(999_999_999L, null, "Olga").outcome()).isEqualTo(ManualEscalation.Outcome.NOT_FOUND);
    }
}
