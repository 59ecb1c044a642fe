package io.alertify.bot.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.Silencing;
import io.alertify.bot.escalation.Escalations;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.RecordingNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Silences with the test application's routing: a critical incident of a service of its own goes to
 * C-ONCALL, and "escalating" incidents page esc-anna. A muted one is recorded but not told, until its
 * silence ends while it is still open.
 */
@BotCoreTest
class SilencesTest {

    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");
    static final Destination ANNA = new Destination(Channel.SLACK, "U-ANNA");
    static final ChatUser ENGINEER = new ChatUser(Channel.SLACK, "U-ENGINEER", "Alice");

    @Autowired
    Silences silences;

    @Autowired
    Silencing silencing;

    @Autowired
    Escalations escalations;

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    RecordingNotifier slackNotifier;

    private long open(String service) {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, "critical", service, UUID.randomUUID().toString(), key));
        return incidents.findActive(key).orElseThrow().id();
    }

    private List<TimelineKind> kinds(long id) {
        return incidents.find(id).orElseThrow().timeline().stream().map(TimelineLine::kind).toList();
    }

    @Test
    void aSilencedIncidentIsRecordedButNotToldUntilItsSilenceEndsWhileItIsOpen() throws Exception {
        var service = "maint-" + UUID.randomUUID().toString().substring(0, 8);
        var silence = silences.create(List.of(Matcher.parse("service=" + service)), Instant.now(),
                Instant.now().plus(Duration.ofHours(1)), "alice", "database upgrade");
        var muted = open(service);
        var other = open("other-" + UUID.randomUUID().toString().substring(0, 8));

        await().until(() -> !slackNotifier.calls(other, "post").isEmpty());
        assertThat(slackNotifier.calls(muted)).as("muted: no card").isEmpty();
        assertThat(kinds(muted)).contains(TimelineKind.SILENCED);

        silences.end(silence.id());
        silences.accept(Instant.now().plusSeconds(1));
        await().untilAsserted(() -> {
            assertThat(slackNotifier.calls(muted, "post")).extracting(c -> c.destination()).contains(ONCALL);
            assertThat(slackNotifier.calls(muted, "say")).anySatisfy(c -> assertThat(c.text())
                    .contains("Silence #" + silence.id()).contains("database upgrade"));
        });
        silences.accept(Instant.now().plusSeconds(2));
        assertThat(slackNotifier.calls(muted, "post").stream().filter(c -> c.destination().equals(ONCALL)))
                .as("released once").hasSize(1);

        silences.create(List.of(Matcher.parse("service=" + service)), Instant.now(),
                Instant.now().plus(Duration.ofHours(1)), "alice", "second window");
        assertThat(silences.isMuted(muted)).as("a released incident can be silenced again").isTrue();
    }

    @Test
    void aSilenceFromChatMutesTheIncidentAndItsLikeAndNobodyIsPaged() {
        var first = open("escalating");
        var reply = silencing.silence(first, "4h", null, ENGINEER, Locale.ENGLISH);
        assertThat(reply.accepted()).isTrue();
        assertThat(reply.message()).startsWith("Silence #").contains("service=escalating");

        escalations.runDue(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(slackNotifier.callsTo(ANNA).stream().filter(c -> c.card() != null && c.card().incidentId() == first))
                .as("silenced: Anna is not paged").isEmpty();
        var later = open("escalating");
        assertThat(kinds(later)).contains(TimelineKind.SILENCED);
        assertThat(silencing.silence(first, "forever", null, ENGINEER, Locale.ENGLISH).accepted()).isFalse();
        assertThat(silencing.silence(first, "1h", null, new ChatUser(Channel.SLACK, "U-STRANGER", "Mallory"),
                Locale.ENGLISH).message()).startsWith("Only engineers can silence");
        silences.current().stream().filter(s -> s.createdBy().contains("U-ENGINEER")).forEach(s -> silences.end(s.id()));
    }

    private long alert(String alertname, String node, String service) {
        var key = IncidentEvents.newKey();
        intake.accept("""
                {"schema":"alertify.incident-event/v1","event_id":"%s","action":"trigger","dedup_key":"%s",
                 "occurred_at":"%s","severity":"critical","service":"%s","summary":"%s on %s",
                 "labels":{"alertname":"%s","node":"%s","test_group":"%s"}}
                """.formatted(UUID.randomUUID(), key, Instant.now(), service, alertname, node, alertname, node, key));
        return incidents.findActive(key).orElseThrow().id();
    }

    @Test
    void anOpenNodeDownMutesThePodAlertsOfItsNodeUntilItResolves() {
        var service = "k8s-" + UUID.randomUUID().toString().substring(0, 8);
        var node = "node-" + UUID.randomUUID().toString().substring(0, 8);
        var nodeDown = alert("NodeDown", node, service);
        var podOnIt = alert("PodCrashLooping", node, service);
        var podElsewhere = alert("PodCrashLooping", "another-" + node, service);

        assertThat(kinds(podOnIt)).contains(TimelineKind.SILENCED);
        assertThat(kinds(podElsewhere)).doesNotContain(TimelineKind.SILENCED);
        assertThat(silences.isMuted(nodeDown)).isFalse();

        incidents.resolve(nodeDown, "Alice");
        silences.accept(Instant.now());
        assertThat(silences.isMuted(podOnIt)).isFalse();
        await().untilAsserted(() -> assertThat(slackNotifier.calls(podOnIt, "say")).anySatisfy(c -> assertThat(c.text())
                .contains("Incident #" + nodeDown).contains("is resolved")));
    }

    @Test
    void mattersReadAsPeopleWriteThem() {
        assertThat(Matcher.parse("alertname=~\"Disk.*\"")).isEqualTo(new Matcher("alertname", "=~", "Disk.*"));
        assertThat(Matcher.parse("team != payments").matches(java.util.Map.of("team", "search"))).isTrue();
        assertThat(Matcher.parse("severity=~crit.*").matches(java.util.Map.of("severity", "critical"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Matcher.parse("just words"))
                .hasMessageContaining("is no matcher");
    }
}
