package io.alertify.conversations.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.testing.InMemorySubscriptions;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Telegram's /subscribe, driven through the engine the adapters use. */
@SpringBootTest
class SubscribeDialogTest {

    private static final Destination CHAT = new Destination(Channel.TELEGRAM, "-1001234");
    private static final ChatUser ALICE = new ChatUser(Channel.TELEGRAM, "42", "Alice");
    private static final ConversationKey KEY = new ConversationKey(CHAT, ALICE);

    @Autowired
    Conversations conversations;
    @Autowired
    InMemorySubscriptions subscriptions;

    @BeforeEach
    void noSubscriptions() {
        subscriptions.clear();
    }

    @Test
    void asksFromWhichSeverityOnWithOneButtonPerSeverity() {
        var prompt = start(Locale.ENGLISH);

        assertThat(prompt.text()).isEqualTo("From which severity on should this chat get incidents?");
        assertThat(prompt.choices()).extracting(Choice::value).containsExactly("critical", "error", "warning", "info");
        assertThat(prompt.choices()).extracting(Choice::label)
                .containsExactly("Critical only", "Error and above", "Warning and above", "Everything (info and above)");
        assertThat(prompt.choices()).noneMatch(Choice::selected);
    }

    @Test
    void everyButtonPayloadParsesBackAndFitsTelegramCallbackData() {
        var prompt = start(Locale.ENGLISH);

        assertThat(prompt.choices()).allSatisfy(choice -> {
            assertThat(DialogAnswer.parse(choice.payload()))
                    .contains(new DialogAnswer(prompt.conversationId(), choice.value()));
            assertThat(choice.payload().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        });
    }

    @Test
    void anAnswerSubscribesTheChatFromThatSeverityOn() {
        var prompt = start(Locale.ENGLISH);

        var step = conversations.answer(press(prompt, "error"), ALICE);

        assertThat(step).isEqualTo(new Step.Finished(prompt.conversationId(),
                "Subscribed. This chat will get error, critical incidents."));
        assertThat(subscriptions.find(CHAT))
                .contains(new Subscription(CHAT, Set.of(Severity.ERROR, Severity.CRITICAL), Locale.ENGLISH));
    }

    @Test
    void speaksRussianToARussianChat() {
        var russian = Locale.of("ru");
        var prompt = start(russian);
        assertThat(prompt.text()).isEqualTo("Начиная с какого уровня важности присылать инциденты в этот чат?");
        assertThat(prompt.choices()).extracting(Choice::label)
                .containsExactly("Только критические", "Ошибки и выше", "Предупреждения и выше", "Все (информация и выше)");

        var step = conversations.answer(press(prompt, "warning"), ALICE);

        assertThat(step.text()).isEqualTo(
                "Подписка оформлена. В этот чат будут приходить инциденты уровней: предупреждение, ошибка, критический.");
        assertThat(subscriptions.find(CHAT)).contains(new Subscription(CHAT,
                EnumSet.of(Severity.WARNING, Severity.ERROR, Severity.CRITICAL), russian));
    }

    @Test
    void anAnswerOutsideTheChoicesAsksAgain() {
        var prompt = start(Locale.ENGLISH);

        var step = conversations.answer(new DialogAnswer(prompt.conversationId(), "everything"), ALICE);

        assertThat(step).isInstanceOf(Step.Prompt.class);
        assertThat(step.text()).isEqualTo("Please choose one of the buttons below.\n"
                + "From which severity on should this chat get incidents?");
        assertThat(((Step.Prompt) step).choices()).isEqualTo(prompt.choices());
        assertThat(subscriptions.find(CHAT)).isEmpty();

        assertThat(conversations.answer(press(prompt, "critical"), ALICE)).isInstanceOf(Step.Finished.class);
        assertThat(subscriptions.find(CHAT).orElseThrow().severities()).containsExactly(Severity.CRITICAL);
    }

    @Test
    void aSubscribedChatSeesItsCurrentThresholdMarked() {
        subscriptions.save(new Subscription(CHAT, Severity.WARNING.andAbove(), Locale.ENGLISH));

        var prompt = start(Locale.ENGLISH);

        assertThat(prompt.choices()).filteredOn(Choice::selected).extracting(Choice::value).containsExactly("warning");
    }

    private Step.Prompt start(Locale locale) {
        var step = conversations.start(Conversations.SUBSCRIBE, KEY, locale);
        assertThat(step).isInstanceOf(Step.Prompt.class);
        return (Step.Prompt) step;
    }

    /** What the adapter does on a click: parse the button's payload back. */
    private static DialogAnswer press(Step.Prompt prompt, String value) {
        var choice = prompt.choices().stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
        return DialogAnswer.parse(choice.payload()).orElseThrow();
    }
}
