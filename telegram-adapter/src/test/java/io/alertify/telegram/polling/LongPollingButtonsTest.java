package io.alertify.telegram.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Destination;
import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.FakeUser;
import io.alertify.telegram.RecordingIncidentCommands;
import io.alertify.telegram.TelegramConfiguration;
import io.alertify.telegram.TelegramTestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/** Card buttons pressed in Telegram arrive by getUpdates and become commands for bot-core. */
class LongPollingButtonsTest {

    private static final long CHAT = -1001234;
    private static final FakeUser ALICE = new FakeUser(7, "alice", "Alice", "en");

    private final FakeTelegramBotApi telegram = new FakeTelegramBotApi();
    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(TelegramTestPorts.class, TelegramConfiguration.class)
            .withPropertyValues(
                    "alertify.telegram.enabled=true",
                    "alertify.telegram.bot-token=" + FakeTelegramBotApi.TOKEN,
                    "alertify.telegram.api-url=" + telegram.url());

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void turnsAPressIntoAnActionCommandAndShowsTheOutcome() {
        app.run(context -> {
            var press = press("a:ACKNOWLEDGE:42");

            await().until(() -> telegram.updates().isAnswered(press));

            assertThat(commands(context).received()).containsExactly(new ActionCommand(42, Action.ACKNOWLEDGE,
                    new ChatUser(Channel.TELEGRAM, "7", "alice"), new Destination(Channel.TELEGRAM, "-1001234"),
                    "telegram:callback:" + press.path("callback_query").path("id").asString()));
            var answer = telegram.lastRequest("answercallbackquery").body();
            assertThat(answer.path("text").asString()).isEqualTo("Incident #42 acknowledged");
            assertThat(answer.has("show_alert")).isFalse();
        });
    }

    @Test
    void pollsOnlyForWhatItHandlesAfterDroppingAnyWebhook() {
        app.run(context -> {
            var press = press("a:RESOLVE:42");
            await().until(() -> telegram.updates().isAnswered(press));
            await().until(() -> telegram.requests("getupdates").stream()
                    .anyMatch(r -> r.body().path("offset").asLong() == press.path("update_id").asLong() + 1));

            assertThat(telegram.requests().getFirst().method()).isEqualTo("deletewebhook");
            assertThat(telegram.lastRequest("getupdates").body().path("allowed_updates").toString())
                    .isEqualTo("[\"message\",\"callback_query\"]");
            assertThat(commands(context).received()).hasSize(1);
        });
    }

    @Test
    void showsARefusalAsAnAlert() {
        app.run(context -> {
            commands(context).answer(new CommandOutcome(false, "Only engineers may restart pods"));

            var press = press("a:RESTART_POD:42");

            await().until(() -> telegram.updates().isAnswered(press));
            var answer = telegram.lastRequest("answercallbackquery").body();
            assertThat(answer.path("text").asString()).isEqualTo("Only engineers may restart pods");
            assertThat(answer.path("show_alert").asBoolean()).isTrue();
        });
    }

    @Test
    void answersPolitelyWhenBotCoreFailsAndKeepsPolling() {
        app.run(context -> {
            commands(context).failWith(new IllegalStateException("database is down"));
            var failing = press("a:ACKNOWLEDGE:42");
            await().until(() -> telegram.updates().isAnswered(failing));
            var answer = telegram.lastRequest("answercallbackquery").body();
            assertThat(answer.path("text").asString()).isEqualTo("Sorry, something went wrong. Please try again in a minute.");
            assertThat(answer.path("show_alert").asBoolean()).isTrue();

            commands(context).answer(new CommandOutcome(true, "Incident #42 resolved"));
            var next = press("a:RESOLVE:42");
            await().until(() -> telegram.updates().isAnswered(next));
            assertThat(telegram.lastRequest("answercallbackquery").body().path("text").asString())
                    .isEqualTo("Incident #42 resolved");
        });
    }

    @Test
    void answersAnUnknownButtonWithoutBotheringBotCore() {
        app.run(context -> {
            var press = press("legacy:ack:42");

            await().until(() -> telegram.updates().isAnswered(press));
            assertThat(telegram.lastRequest("answercallbackquery").body().path("text").asString())
                    .isEqualTo("This button is no longer valid. Please use the buttons of a newer message.");
            assertThat(commands(context).received()).isEmpty();
        });
    }

    private ObjectNode press(String data) {
        var card = telegram.chats().existing(CHAT, "🔴 [CRITICAL] checkout: latency > 500");
        var press = telegram.updates().callbackQuery(CHAT, card.messageId(), ALICE, data);
        telegram.updates().enqueue(press);
        return press;
    }

    private static RecordingIncidentCommands commands(ApplicationContext context) {
        return context.getBean(RecordingIncidentCommands.class);
    }
}
