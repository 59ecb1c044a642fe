package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot and the notifier as separate applications on one PostgreSQL, as the README runs them: the
 * bot writes jobs, the notifier sends them; the notifier is restarted in the middle of a burst, and no
 * card is lost or posted twice.
 */
@ExtendWith(RealServers.class)
class SeparateNotifierTest {

    static final String CHANNEL = "C0APART";
    static final long GROUP = -100888L;
    static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    static final FakeSlackApi slack = FakeSlackApi.start("xoxb-apart");
    static final FakeTelegramBotApi telegram = new FakeTelegramBotApi();

    @AfterAll
    static void stopFakes() {
        slack.close();
        telegram.close();
    }

    private static ConfigurableApplicationContext start(String roles) {
        var postgres = RealServers.postgres();
        var schema = "apart_" + RUN;
        var properties = FakeChatApp.properties(slack, "xoxb-apart", telegram, CHANNEL, GROUP);
        properties.putAll(Map.of(
                "alertify.roles", roles,
                "spring.datasource.url", postgres.jdbcUrl() + "?currentSchema=" + schema,
                "spring.datasource.username", postgres.user(),
                "spring.datasource.password", postgres.password(),
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true"));
        return FakeChatApp.start(properties);
    }

    @Test
    void aNotifierRestartedInTheMiddleOfABurstLosesAndDoublesNothing() {
        try (var bot = start("bot")) {
            var intake = bot.getBean(IncidentEventIntake.class);
            var notifier = start("notifier");
            var services = new ArrayList<String>();
            for (int i = 0; i < 15; i++) {
                services.add("apart-" + i + "-" + RUN);
                intake.accept(IncidentEvents.trigger(UUID.randomUUID().toString(), "error", services.getLast(),
                        UUID.randomUUID().toString()));
            }
            await().until(() -> slack.messagesIn(CHANNEL).size() >= 3);
            notifier.close();
            var posted = slack.messagesIn(CHANNEL).size();

            try (var next = start("notifier")) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(services).allSatisfy(service -> {
                    assertThat(shown(slackTexts(), service)).as(service + " in Slack").isTrue();
                    assertThat(shown(telegramTexts(), service)).as(service + " in Telegram").isTrue();
                }));
                assertThat(slack.messagesIn(CHANNEL).size()).as("the next notifier went on").isGreaterThan(posted);
            }
            assertThat(services).allSatisfy(service -> assertThat(slack.messagesIn(CHANNEL).stream()
                    .filter(m -> String.valueOf(m.get("text")).contains(service + ":")).count())
                    .as(service + " has at most one card").isLessThanOrEqualTo(1));
        }
    }

    private static boolean shown(List<String> texts, String service) {
        return texts.stream().anyMatch(text -> text.contains(service + ":"));
    }

    /** What Slack shows: every post and edit (text and blocks), summaries included. */
    private static List<String> slackTexts() {
        return slack.calls().stream().filter(FakeSlackApi.Call::ok)
                .filter(c -> c.method().equals("chat.postMessage") || c.method().equals("chat.update"))
                .map(c -> c.param("text") + " " + c.param("blocks")).toList();
    }

    private static List<String> telegramTexts() {
        return telegram.requests().stream().filter(r -> r.status() == 200)
                .filter(r -> r.method().equals("sendmessage") || r.method().equals("editmessagetext"))
                .map(r -> r.body().path("text").asString()).toList();
    }
}
