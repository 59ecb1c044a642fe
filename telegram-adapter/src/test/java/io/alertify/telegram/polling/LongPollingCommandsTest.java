package io.alertify.telegram.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.testing.InMemorySubscriptions;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.FakeUser;
import io.alertify.telegram.ScriptedConversations;
import io.alertify.telegram.TelegramConfiguration;
import io.alertify.telegram.TelegramTestPorts;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/** Text commands arrive by getUpdates; /subscribe runs the dialog with buttons in one message. */
class LongPollingCommandsTest {

    private static final long GROUP = -100555;
    private static final FakeUser BORIS = new FakeUser(8, "boris", "Борис", "ru");
    private static final FakeUser ALICE = new FakeUser(7, null, "Alice", "en-GB");

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
    void subscribeAsksWithButtonsAndTheAnswerEditsTheSameMessage() {
        app.run(context -> {
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, BORIS, "/subscribe"));

            await().until(() -> !telegram.requests("sendmessage").isEmpty());
            var boris = new ChatUser(Channel.TELEGRAM, "8", "boris");
            var group = new Destination(Channel.TELEGRAM, "-100555");
            assertThat(conversations(context).started()).containsExactly(new ScriptedConversations.Started(
                    Conversations.SUBSCRIBE, new ConversationKey(group, boris), Locale.of("ru")));
            var prompt = telegram.lastRequest("sendmessage");
            assertThat(prompt.body().path("chat_id").asString()).isEqualTo("-100555");
            assertThat(prompt.body().path("text").asString()).isEqualTo("С какой важности присылать инциденты?");
            var promptId = prompt.response().path("result").path("message_id").asInt();
            assertThat(telegram.chats().message(GROUP, promptId).orElseThrow().callbackData())
                    .containsExactly("d:c7:critical", "d:c7:warning");

            var press = telegram.updates().callbackQuery(GROUP, promptId, BORIS, ScriptedConversations.payload("warning"));
            telegram.updates().enqueue(press);

            await().until(() -> telegram.updates().isAnswered(press));
            assertThat(conversations(context).answered()).containsExactly(
                    new ScriptedConversations.Answered(new DialogAnswer("c7", "warning"), boris));
            var finished = telegram.chats().message(GROUP, promptId).orElseThrow();
            assertThat(finished.text()).isEqualTo("Subscribed from warning on.");
            assertThat(finished.keyboard()).isNull();
            assertThat(telegram.requests("sendmessage")).hasSize(1);
        });
    }

    @Test
    void readsACommandAddressedToTheBotByName() {
        app.run(context -> {
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, ALICE, "/subscribe@alertify_test_bot"));

            await().until(() -> !conversations(context).started().isEmpty());
            assertThat(conversations(context).started().getFirst().key().user())
                    .isEqualTo(new ChatUser(Channel.TELEGRAM, "7", "Alice"));
            assertThat(conversations(context).started().getFirst().locale()).isEqualTo(Locale.ENGLISH);
        });
    }

    @Test
    void helpsWithStartHelpAndUnknownCommands() {
        app.run(context -> {
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, ALICE, "/start"));
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, ALICE, "/help"));
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, ALICE, "/frobnicate now"));

            await().until(() -> telegram.requests("sendmessage").size() == 3);
            assertThat(telegram.requests("sendmessage"))
                    .allSatisfy(r -> assertThat(r.body().path("text").asString())
                            .startsWith("Alertify tells this chat about incidents")
                            .contains("/subscribe"));
        });
    }

    @Test
    void answersInRussianForARussianTelegramApp() {
        app.run(context -> {
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, BORIS, "/help"));

            await().until(() -> !telegram.requests("sendmessage").isEmpty());
            assertThat(telegram.lastRequest("sendmessage").body().path("text").asString())
                    .startsWith("Alertify сообщает в этот чат об инцидентах");
        });
    }

    @Test
    void answersInTheLanguageTheChatSubscribedIn() {
        app.run(context -> {
            context.getBean(InMemorySubscriptions.class).save(new Subscription(
                    new Destination(Channel.TELEGRAM, "-100555"), Set.of(Severity.CRITICAL), Locale.ENGLISH));

            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, BORIS, "/help"));

            await().until(() -> !telegram.requests("sendmessage").isEmpty());
            assertThat(telegram.lastRequest("sendmessage").body().path("text").asString())
                    .startsWith("Alertify tells this chat about incidents");
        });
    }

    @Test
    void leavesACommandForAnotherBotToThatBot() {
        app.run(context -> {
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, ALICE, "/subscribe@OtherBot"));
            telegram.updates().enqueue(telegram.updates().textMessage(ALICE.id(), ALICE, "/help"));

            await().until(() -> !telegram.requests("sendmessage").isEmpty());
            assertThat(conversations(context).started()).isEmpty();
            assertThat(telegram.requests("sendmessage")).singleElement()
                    .satisfies(r -> assertThat(r.body().path("chat_id").asString()).isEqualTo("7"));
            assertThat(telegram.requests("getme")).as("asked who we are").isNotEmpty();
        });
    }

    @Test
    void ignoresGroupChatterButHelpsInAPrivateChat() {
        app.run(context -> {
            telegram.updates().enqueue(telegram.updates().textMessage(GROUP, ALICE, "is checkout down again?"));
            telegram.updates().enqueue(telegram.updates().textMessage(ALICE.id(), ALICE, "hello bot"));

            await().until(() -> !telegram.requests("sendmessage").isEmpty());
            assertThat(telegram.requests("sendmessage")).singleElement()
                    .satisfies(r -> assertThat(r.body().path("chat_id").asString()).isEqualTo("7"));
        });
    }

    private static ScriptedConversations conversations(ApplicationContext context) {
        return context.getBean(ScriptedConversations.class);
    }
}
