package io.alertify.conversations.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Slack's /settings notify: toggles, then Save or Cancel. */
@SpringBootTest
class NotifySettingsDialogTest {

    private static final Destination CHANNEL = new Destination(Channel.SLACK, "C0123");
    private static final ChatUser BOB = new ChatUser(Channel.SLACK, "U0BOB", "Bob");
    private static final ConversationKey KEY = new ConversationKey(CHANNEL, BOB);

    @Autowired
    Conversations conversations;
    @Autowired
    InMemorySubscriptions subscriptions;

    @BeforeEach
    void noSubscriptions() {
        subscriptions.clear();
    }

    @Test
    void showsTheChannelsSeveritiesAsTogglesWithSaveAndCancel() {
        subscriptions.save(new Subscription(CHANNEL, Set.of(Severity.CRITICAL, Severity.ERROR), Locale.ENGLISH));

        var prompt = start(Locale.ENGLISH);

        assertThat(prompt.text()).startsWith("Which incidents should this channel get?");
        assertThat(prompt.choices()).extracting(Choice::value, Choice::label, Choice::selected).containsExactly(
                tuple("critical", "Critical", true), tuple("error", "Error", true),
                tuple("warning", "Warning", false), tuple("info", "Info", false),
                tuple("save", "Save", false), tuple("cancel", "Cancel", false));
    }

    @Test
    void aChannelWithoutSubscriptionStartsWithEverySeverityOn() {
        var prompt = start(Locale.ENGLISH);

        assertThat(selected(prompt)).containsExactly("critical", "error", "warning", "info");
    }

    @Test
    void eachToggleShowsTheSameQuestionWithTheToggledSetAndSavesNothing() {
        var prompt = start(Locale.ENGLISH);

        var afterInfo = answer(prompt, "info");
        var afterWarningAndInfo = answer(afterInfo, "warning");
        var infoBackOn = answer(afterWarningAndInfo, "info");

        assertThat(afterInfo.text()).isEqualTo(prompt.text());
        assertThat(afterInfo.conversationId()).isEqualTo(prompt.conversationId());
        assertThat(selected(afterInfo)).containsExactly("critical", "error", "warning");
        assertThat(selected(afterWarningAndInfo)).containsExactly("critical", "error");
        assertThat(selected(infoBackOn)).containsExactly("critical", "error", "info");
        assertThat(subscriptions.find(CHANNEL)).isEmpty();
    }

    @Test
    void saveWritesTheChosenSeveritiesAndConfirms() {
        var prompt = answer(answer(start(Locale.ENGLISH), "info"), "warning");

        var step = conversations.answer(press(prompt, "save"), BOB);

        assertThat(step).isEqualTo(new Step.Finished(prompt.conversationId(),
                "Saved. This channel will get error, critical incidents."));
        assertThat(subscriptions.find(CHANNEL))
                .contains(new Subscription(CHANNEL, Set.of(Severity.CRITICAL, Severity.ERROR), Locale.ENGLISH));
    }

    @Test
    void saveKeepsTheLanguageTheChannelChoseBefore() {
        subscriptions.save(new Subscription(CHANNEL, Set.of(Severity.CRITICAL), Locale.of("ru")));
        var prompt = answer(start(Locale.ENGLISH), "error");

        conversations.answer(press(prompt, "save"), BOB);

        assertThat(subscriptions.find(CHANNEL)).contains(
                new Subscription(CHANNEL, Set.of(Severity.CRITICAL, Severity.ERROR), Locale.of("ru")));
    }

    @Test
    void anEmptySetIsRefusedWithARequestToChooseOne() {
        subscriptions.save(new Subscription(CHANNEL, Set.of(Severity.CRITICAL), Locale.ENGLISH));
        var nothingOn = answer(start(Locale.ENGLISH), "critical");

        var step = conversations.answer(press(nothingOn, "save"), BOB);

        assertThat(step).isInstanceOf(Step.Prompt.class);
        assertThat(step.text()).startsWith("Choose at least one severity.\nWhich incidents should this channel get?");
        assertThat(selected((Step.Prompt) step)).isEmpty();
        assertThat(subscriptions.find(CHANNEL).orElseThrow().severities()).containsExactly(Severity.CRITICAL);
    }

    @Test
    void cancelFinishesWithoutSaving() {
        subscriptions.save(new Subscription(CHANNEL, Set.of(Severity.CRITICAL), Locale.ENGLISH));
        var prompt = answer(start(Locale.ENGLISH), "info");

        var step = conversations.answer(press(prompt, "cancel"), BOB);

        assertThat(step).isEqualTo(new Step.Finished(prompt.conversationId(), "Cancelled, nothing changed."));
        assertThat(subscriptions.find(CHANNEL).orElseThrow().severities()).containsExactly(Severity.CRITICAL);
    }

    @Test
    void speaksRussian() {
        var prompt = answer(start(Locale.of("ru")), "info");
        assertThat(prompt.choices()).extracting(Choice::label).containsExactly(
                "Критический", "Ошибка", "Предупреждение", "Информация", "Сохранить", "Отмена");

        var step = conversations.answer(press(prompt, "save"), BOB);

        assertThat(step.text()).isEqualTo(
                "Сохранено. В этот канал будут приходить инциденты уровней: предупреждение, ошибка, критический.");
    }

    private Step.Prompt start(Locale locale) {
        var step = conversations.start(Conversations.NOTIFY_SETTINGS, KEY, locale);
        assertThat(step).isInstanceOf(Step.Prompt.class);
        return (Step.Prompt) step;
    }

    private Step.Prompt answer(Step.Prompt prompt, String value) {
        var step = conversations.answer(press(prompt, value), BOB);
        assertThat(step).isInstanceOf(Step.Prompt.class);
        return (Step.Prompt) step;
    }

    private static DialogAnswer press(Step.Prompt prompt, String value) {
        var choice = prompt.choices().stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
        return DialogAnswer.parse(choice.payload()).orElseThrow();
    }

    private static List<String> selected(Step.Prompt prompt) {
        return prompt.choices().stream().filter(Choice::selected).map(Choice::value).toList();
    }
}
