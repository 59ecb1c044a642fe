package io.alertify.bot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.incident.IncidentChanged;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.RecordingNotifier;
import io.alertify.bot.testing.RecordingNotifier.Call;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dispatch with the test application's routing: critical goes to slack C-ONCALL (English), slack C-RU
 * (Russian), email and Telegram (which has no notifier here); error to C-ONCALL and Telegram.
 */
@BotCoreTest
class NotificationDispatcherTest {

    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");
    static final Destination RU = new Destination(Channel.SLACK, "C-RU");
    static final Destination MAIL = new Destination(Channel.EMAIL, "oncall@example.com");

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    RecordingNotifier slackNotifier;

    @Autowired
    RecordingNotifier emailNotifier;

    private long open(String severity, String service) {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, severity, service, UUID.randomUUID().toString()));
        return incidents.findActive(key).orElseThrow().id();
    }

    private static String uniqueService() {
        return "svc-" + IncidentEvents.newKey().substring(0, 8);
    }

    @Test
    void aNewIncidentIsPostedOnceToEachRoutedDestinationInItsLanguage() {
        var id = open("critical", "checkout");

        await().untilAsserted(() -> {
            assertThat(slackNotifier.calls(id, "post")).extracting(Call::destination).containsExactlyInAnyOrder(ONCALL, RU);
            assertThat(emailNotifier.calls(id, "post")).extracting(Call::destination).containsExactly(MAIL);
        });
        assertThat(slackNotifier.calls(id, "post")).extracting(call -> call.card().locale())
                .containsExactlyInAnyOrder(Locale.ENGLISH, Locale.forLanguageTag("ru"));

        dispatcher.handle(new IncidentChanged(id, IncidentChanged.Change.OPENED, null));

        assertThat(slackNotifier.calls(id, "post")).hasSize(2);
        assertThat(emailNotifier.calls(id, "post")).hasSize(1);
        assertThat(incidents.find(id).orElseThrow().timeline()).extracting(TimelineLine::kind)
                .as("a channel without a notifier (telegram) is skipped, not a failure")
                .doesNotContain(TimelineKind.NOTIFICATION_FAILED);
    }

    @Test
    void anErrorGoesOnlyWhereErrorsAreWanted() {
        var id = open("error", "checkout");

        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "post")).extracting(Call::destination)
                .containsExactly(ONCALL));
        assertThat(emailNotifier.calls(id)).isEmpty();
    }

    @Test
    void cardsAreUpdatedInPlaceOnEveryChangeButMailOnlyWhenResolved() {
        var id = open("critical", "checkout");
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
    void aTransientFailureIsRetriedAndThePostHappensOnce() {
        var service = uniqueService();
        slackNotifier.failPosts(service, 2);

        var id = open("critical", service);

        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "post")).hasSize(2));
        assertThat(slackNotifier.calls(id, "post-failed")).hasSize(2);
        assertThat(incidents.find(id).orElseThrow().timeline()).extracting(TimelineLine::kind)
                .doesNotContain(TimelineKind.NOTIFICATION_FAILED);
    }

    @Test
    void aDestinationThatCannotBeReachedIsRecordedInTheTimelineAndTheOthersStillHear() {
        var service = uniqueService();
        slackNotifier.failPosts(service, 1000);

        var id = open("critical", service);

        await().untilAsserted(() -> assertThat(incidents.find(id).map(IncidentSnapshot::timeline).orElseThrow())
                .extracting(TimelineLine::text)
                .contains("Could not notify slack:C-ONCALL: slack answered 503 (test outage)",
                        "Could not notify slack:C-RU: slack answered 503 (test outage)"));
        await().untilAsserted(() -> assertThat(emailNotifier.calls(id, "post")).hasSize(1));
        assertThat(slackNotifier.calls(id, "post-failed")).hasSize(6);
    }
}
