package io.alertify.conversations.engine;

import io.alertify.bot.api.Role;

import io.alertify.bot.api.ChatRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine over the real table (H2, the module's migration). Each engine here is a fresh instance,
 * as after a restart or on another replica: only the database connects them.
 */
@SpringBootTest
class ConversationEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final Destination GROUP = new Destination(Channel.TELEGRAM, "-100777");
    private static final ChatUser ALICE = new ChatUser(Channel.TELEGRAM, "1", "Alice");
    private static final ChatUser BOB = new ChatUser(Channel.TELEGRAM, "2", "Bob");
    private static final ConversationKey ALICE_IN_GROUP = new ConversationKey(GROUP, ALICE);

    @Autowired
    ConversationRepository repository;
    @Autowired
    Texts texts;

    @Test
    void stateSurvivesANewEngineInstance() {
        var size = (Step.Prompt) engineAt(NOW).start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);

        var crust = engineAt(NOW.plusSeconds(10)).answer(press(size, "large"), ALICE);
        assertThat(crust).isInstanceOf(Step.Prompt.class);
        assertThat(crust.text()).isEqualTo("Which crust?");
        assertThat(crust.conversationId()).isEqualTo(size.conversationId());

        var done = engineAt(NOW.plusSeconds(20)).answer(press((Step.Prompt) crust, "thin"), ALICE);
        assertThat(done).isEqualTo(new Step.Finished(size.conversationId(), "A large pizza on a thin crust."));
    }

    @Test
    void anotherUserInTheGroupCannotAnswerAndTheDialogStaysWhereItWas() {
        var engine = engineAt(NOW);
        var size = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);

        var refused = engine.answer(press(size, "small"), BOB);

        assertThat(refused).isInstanceOf(Step.Prompt.class);
        assertThat(refused.text()).isEqualTo("This dialog belongs to Alice. Only they can answer it.\nWhich size?");
        assertThat(((Step.Prompt) refused).choices()).isEqualTo(size.choices());
        assertThat(engine.answer(press(size, "small"), ALICE).text()).isEqualTo("Which crust?");
    }

    @Test
    void aUserWithTheSameIdOnAnotherPlatformIsAnotherUser() {
        var engine = engineAt(NOW);
        var size = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);

        var step = engine.answer(press(size, "small"), new ChatUser(Channel.SLACK, ALICE.userId(), "Alice"));

        assertThat(step.text()).startsWith("This dialog belongs to Alice.");
    }

    @Test
    void anUnknownConversationIsAnsweredPolitely() {
        var engine = engineAt(NOW);

        assertThat(engine.answer(new DialogAnswer("nosuchdialog", "large"), ALICE)).isEqualTo(new Step.Finished(
                "nosuchdialog", "This dialog has expired. Start it again with the command that opened it."));
        assertThat(engine.answer(new DialogAnswer("", "large"), ALICE)).isInstanceOf(Step.Finished.class);
    }

    @Test
    void aDialogUntouchedForAnHourExpires() {
        var size = (Step.Prompt) engineAt(NOW).start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);
        var anHourLater = engineAt(NOW.plus(Duration.ofMinutes(61)));

        assertThat(anHourLater.answer(press(size, "large"), ALICE)).isEqualTo(new Step.Finished(
                size.conversationId(), "This dialog has expired, start it again with /pizza."));
        assertThat(anHourLater.answer(press(size, "large"), ALICE).text()).isEqualTo("This dialog is already finished.");
    }

    @Test
    void aFinishedDialogIgnoresFurtherPresses() {
        var engine = engineAt(NOW);
        var size = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);
        var crust = (Step.Prompt) engine.answer(press(size, "small"), ALICE);
        engine.answer(press(crust, "thick"), ALICE);

        assertThat(engine.answer(press(crust, "thin"), ALICE))
                .isEqualTo(new Step.Finished(size.conversationId(), "This dialog is already finished."));
    }

    @Test
    void startingAgainReplacesTheOpenDialogOfTheSamePersonInTheSameChat() {
        var engine = engineAt(NOW);
        var first = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);
        var second = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);
        var bobs = (Step.Prompt) engine.start("pizza", new ConversationKey(GROUP, BOB), Locale.ENGLISH);

        assertThat(second.conversationId()).isNotEqualTo(first.conversationId());
        assertThat(engine.answer(press(first, "small"), ALICE).text()).isEqualTo("This dialog is already finished.");
        assertThat(engine.answer(press(second, "small"), ALICE).text()).isEqualTo("Which crust?");
        assertThat(engine.answer(press(bobs, "small"), BOB).text()).isEqualTo("Which crust?");
    }

    @Test
    void anAnswerTheDialogDoesNotOfferIsAskedAgain() {
        var engine = engineAt(NOW);
        var size = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);

        var again = engine.answer(new DialogAnswer(size.conversationId(), "huge"), ALICE);

        assertThat(again).isEqualTo(new Step.Prompt(size.conversationId(), "Pick a button.\nWhich size?", size.choices()));
    }

    @Test
    void repliesInTheLocaleTheDialogWasStartedIn() {
        var engine = engineAt(NOW);
        var size = (Step.Prompt) engine.start("pizza", ALICE_IN_GROUP, Locale.of("ru"));

        assertThat(engine.answer(press(size, "small"), BOB).text())
                .startsWith("Это диалог пользователя Alice. Отвечать в нём может только он.");
    }

    @Test
    void everyChoiceCarriesTheConversationIdAndItsValue() {
        var size = (Step.Prompt) engineAt(NOW).start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);

        assertThat(size.conversationId()).hasSize(12).doesNotContain(":");
        assertThat(size.choices()).extracting(Choice::payload)
                .containsExactly("d:" + size.conversationId() + ":small", "d:" + size.conversationId() + ":large");
    }

    @Test
    void startingPurgesConversationsNobodyTouchedForAWeek() {
        var old = engineAt(NOW).start("pizza", ALICE_IN_GROUP, Locale.ENGLISH);

        engineAt(NOW.plus(Duration.ofDays(8))).start("pizza", new ConversationKey(GROUP, BOB), Locale.ENGLISH);

        assertThat(repository.existsById(old.conversationId())).isFalse();
    }

    @Test
    void anUnknownDialogNameIsAProgrammingError() {
        assertThatThrownBy(() -> engineAt(NOW).start("nonsense", ALICE_IN_GROUP, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nonsense");
    }

    /** Everybody is an engineer here, except Mallory. */
    private static final ChatRoles ROLES = user -> "U-MALLORY".equals(user.userId()) ? Role.USER : Role.ENGINEER;

    @Test
    void someoneWhoMayNotChangeRoutingCannotStartTheDialogAndTheRefusalSaysWhy() {
        var mallory = new ConversationKey(ALICE_IN_GROUP.chat(), new ChatUser(Channel.SLACK, "U-MALLORY", "Mallory"));

        var before = repository.count();

        var step = engineAt(NOW).start("pizza", mallory, Locale.ENGLISH);

        assertThat(step).isInstanceOf(Step.Finished.class);
        assertThat(step.text()).startsWith("Only engineers can change where incidents go");
        assertThat(repository.count()).as("nothing was started").isEqualTo(before);
    }

    private ConversationEngine engineAt(Instant now) {
        return new ConversationEngine(repository, List.of(new PizzaDialog()), ROLES, texts,
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(1), Duration.ofDays(7));
    }

    private static DialogAnswer press(Step.Prompt prompt, String value) {
        var choice = prompt.choices().stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
        return DialogAnswer.parse(choice.payload()).orElseThrow();
    }
}
