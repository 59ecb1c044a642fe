package io.alertify.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.DeliveryException;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.RecordingNotifier;
import io.alertify.bot.testing.RecordingNotifier.Call;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Delivery with the test application's routing: critical goes to slack C-ONCALL (English), slack C-RU
 * (Russian), email and Telegram (whose notifier is not in this process, so its jobs wait); error to
 * C-ONCALL and Telegram. Every test uses services of its own, because incidents of one service share
 * a card.
 */
@BotCoreTest
class DeliveryTest {

    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");
    static final Destination RU = new Destination(Channel.SLACK, "C-RU");
    static final Destination MAIL = new Destination(Channel.EMAIL, "oncall@example.com");

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    RecordingNotifier slackNotifier;

    @Autowired
    RecordingNotifier emailNotifier;

    @Autowired
    MockMvc mvc;

    private long open(String severity, String service) {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, severity, service, UUID.randomUUID().toString()));
        return incidents.findActive(key).orElseThrow().id();
    }

    private static String uniqueService() {
        return "svc-" + IncidentEvents.newKey().substring(0, 8);
    }

    private java.util.List<TimelineLine> timeline(long id) {
        return incidents.find(id).map(IncidentSnapshot::timeline).orElseThrow();
    }

    @Test
    void aNewIncidentIsPostedOnceToEachRoutedDestinationInItsLanguage() {
        var id = open("critical", uniqueService());

        await().untilAsserted(() -> {
            assertThat(slackNotifier.calls(id, "post")).extracting(Call::destination).containsExactlyInAnyOrder(ONCALL, RU);
            assertThat(emailNotifier.calls(id, "post")).extracting(Call::destination).containsExactly(MAIL);
        });
        assertThat(slackNotifier.calls(id, "post")).extracting(call -> call.card().locale())
                .containsExactlyInAnyOrder(Locale.ENGLISH, Locale.forLanguageTag("ru"));
        assertThat(timeline(id)).extracting(TimelineLine::kind).doesNotContain(TimelineKind.NOTIFICATION_FAILED);
    }

    @Test
    void anErrorGoesOnlyWhereErrorsAreWanted() {
        var id = open("error", uniqueService());

        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "post")).extracting(Call::destination)
                .containsExactly(ONCALL));
        assertThat(emailNotifier.calls(id)).isEmpty();
    }

    @Test
    void cardsAreUpdatedInPlaceOnEveryChangeButMailOnlyWhenResolved() {
        var id = open("critical", uniqueService());
        await().until(() -> slackNotifier.calls(id, "post").size() == 2 && emailNotifier.calls(id, "post").size() == 1);

        incidents.acknowledge(id, "Alice");
        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "update"))
                .extracting(call -> call.card().status())
                .containsExactly(IncidentStatus.ACKNOWLEDGED, IncidentStatus.ACKNOWLEDGED));

        incidents.resolve(id, "Alice");
        await().untilAsserted(() -> assertThat(emailNotifier.calls(id, "update")).hasSize(1));

        assertThat(emailNotifier.calls(id, "update").getFirst().card().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(emailNotifier.calls(id, "update").getFirst().message().messageId())
                .isEqualTo(emailNotifier.calls(id, "post").getFirst().message().messageId());
        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "update")).hasSize(4)
                .last().satisfies(call -> assertThat(call.card().buttons()).isEmpty()));
    }

    @Test
    void incidentsOfOneServiceShareOneCardThatListsThemAll() {
        var service = uniqueService();
        var first = open("error", service);
        await().until(() -> slackNotifier.calls(first, "post").size() == 1);

        var second = open("critical", service);

        await().untilAsserted(() -> assertThat(slackNotifier.calls(first, "update")).last().satisfies(call -> {
            assertThat(call.destination()).isEqualTo(ONCALL);
            assertThat(call.card().title()).isEqualTo("[CRITICAL] " + service + ": 2 incidents");
            assertThat(call.card().evidence()).contains("#" + first, "#" + second);
            assertThat(call.card().buttons()).extracting(b -> b.action().name())
                    .containsExactly("ACKNOWLEDGE_ALL", "RESOLVE_ALL", "ESCALATE", "SILENCE");
        }));
        assertThat(slackNotifier.calls(first, "post")).as("one card at C-ONCALL for the group").hasSize(1);
        assertThat(slackNotifier.calls(second, "post")).extracting(Call::destination)
                .as("C-RU takes only critical: the second incident is its first card of the group")
                .containsExactly(RU);
    }

    @Test
    void aTransientFailureIsRetriedAndThePostHappensOnce() {
        var service = uniqueService();
        slackNotifier.failPosts(service, 2);

        var id = open("critical", service);

        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "post")).hasSize(2));
        assertThat(slackNotifier.calls(id, "post-failed")).hasSize(2);
    }

    @Test
    void anOutageIsRetriedForAsLongAsItLastsAndNoteTheDelayInTheTimeline() {
        var service = uniqueService();
        slackNotifier.failPosts(service, 30);

        var id = open("critical", service);

        await().untilAsserted(() -> assertThat(timeline(id)).extracting(TimelineLine::text)
                .contains("Could not notify slack:C-ONCALL yet, retrying: slack answered 503 (test outage)"));
        await().untilAsserted(() -> assertThat(emailNotifier.calls(id, "post")).hasSize(1));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(slackNotifier.calls(id, "post")).hasSize(2));
        assertThat(slackNotifier.calls(id, "post-failed")).hasSize(30);
    }

    @Test
    void aRateLimitIsWaitedOutExactlyAndTheCardStillArrives() {
        var service = uniqueService();
        slackNotifier.fail(service, 1, () -> DeliveryException.rateLimited("ratelimited", Duration.ofSeconds(2)), false);
        var start = System.nanoTime();

        var id = open("critical", service);

        await().atMost(Duration.ofSeconds(10)).until(() -> slackNotifier.calls(id, "post").size() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aPostWhoseAnswerWasLostIsFoundInsteadOfPostedTwice() {
        var service = uniqueService();
        slackNotifier.fail(service, 1, () -> DeliveryException.inDoubt("read timed out", null), true);

        var id = open("error", service);

        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "found")).hasSize(1));
        assertThat(slackNotifier.calls(id, "post")).hasSize(1);
    }

    @Test
    void aBrokenDestinationStopsGettingCallsIsShownAndReportedAndResumesWhenRetried() throws Exception {
        var service = uniqueService();
        slackNotifier.fail(service, 1, () -> DeliveryException.destinationBroken("not_in_channel"), false);
        var id = open("error", service);

        await().untilAsserted(() -> mvc.perform(get("/destinations"))
                .andExpect(jsonPath("$[?(@.address == 'C-ONCALL')].state").value("broken"))
                .andExpect(jsonPath("$[?(@.address == 'C-ONCALL')].reason").value("not_in_channel")));
        assertThat(timeline(id)).extracting(TimelineLine::text).contains("Could not notify slack:C-ONCALL: not_in_channel");
        await().untilAsserted(() -> assertThat(slackNotifier.callsTo(RU)).extracting(Call::text)
                .anySatisfy(text -> assertThat(text).startsWith("Alertify не может писать в slack:C-ONCALL: not_in_channel")));
        var other = open("error", uniqueService());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(slackNotifier.calls(other)).as("nothing is tried while it is broken").isEmpty());

        mvc.perform(post("/destinations/slack/C-ONCALL/retry")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ok"));

        await().untilAsserted(() -> {
            assertThat(slackNotifier.calls(id, "post")).hasSize(1);
            assertThat(slackNotifier.calls(other, "post")).hasSize(1);
        });
    }

    @Test
    void inAStormFurtherGroupsGoOnOneSummaryCardAndEveryIncidentIsCovered() {
        slackNotifier.hold();
        var services = new java.util.ArrayList<String>();
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 20; i++) {
            var service = uniqueService();
            services.add(service);
            ids.add(open("error", service));
        }
        slackNotifier.release();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var posts = slackNotifier.callsTo(ONCALL).stream().filter(c -> c.method().equals("post"))
                    .filter(c -> ids.contains(c.card().incidentId())).toList();
            var summaries = posts.stream().filter(c -> c.card().key().startsWith("summary:")).toList();
            assertThat(summaries).as("one summary").hasSize(1);
            assertThat(posts).as("10 cards (what C-ONCALL drains in storm-after) and the summary").hasSize(11);
            var latest = slackNotifier.callsTo(ONCALL).stream()
                    .filter(c -> c.card() != null && c.card().key().equals(summaries.getFirst().card().key()))
                    .reduce((a, b) -> b).orElseThrow();
            var ownCards = posts.stream().filter(c -> !c.card().key().startsWith("summary:"))
                    .map(c -> c.card().fields().getFirst().value()).toList();
            for (var service : services) {
                assertThat(ownCards.contains(service) || latest.card().evidence().contains(service))
                        .as(service + " is on its own card or on the summary").isTrue();
            }
        });
    }
}
