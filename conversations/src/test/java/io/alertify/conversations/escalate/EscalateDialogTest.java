package io.alertify.conversations.escalate;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The Escalate button's picker, driven through the engine the adapters use. */
@SpringBootTest
class EscalateDialogTest {

    private static final Destination CHAT = new Destination(Channel.TELEGRAM, "-1001234");
    private static final ChatUser OLGA = new ChatUser(Channel.TELEGRAM, "111", "Olga");
    private static final ChatUser MALLORY = new ChatUser(Channel.TELEGRAM, "666", "Mallory");

    @Autowired
    Conversations conversations;

    @Autowired
    RecordingEscalation escalation;

    private Step.Prompt open(long incident, ChatUser who) {
        return (Step.Prompt) conversations.start(Conversations.ESCALATE, new ConversationKey(CHAT, who), Locale.ENGLISH,
                Map.of("incident", Long.toString(incident)));
    }

    @Test
    void offersTheNextStepFirstThenSchedulesAndPeopleThatFitInAButton() {
        var picker = open(42, OLGA);

        assertThat(picker.text()).isEqualTo("Escalate incident #42 to whom?");
        assertThat(picker.choices()).extracting(Choice::value)
                .containsExactly("next", "schedule:primary", "person:boris", "cancel");
        assertThat(picker.choices()).allSatisfy(c -> assertThat(c.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(64));
    }

    @Test
    void pickingEscalatesOnceAsThePersonWhoPickedAndClosesThePicker() {
        var picker = open(43, OLGA);

        var done = conversations.answer(new DialogAnswer(picker.conversationId(), "person:boris"), OLGA);

        assertThat(done).isEqualTo(new Step.Finished(picker.conversationId(), "Escalated incident #43: person:boris"));
        assertThat(escalation.escalated()).contains(new RecordingEscalation.Escalated(43, "person:boris", OLGA));
        assertThat(conversations.answer(new DialogAnswer(picker.conversationId(), "next"), OLGA))
                .isInstanceOf(Step.Finished.class);
        assertThat(escalation.escalated()).filteredOn(e -> e.incident() == 43).hasSize(1);
    }

    @Test
    void aValueThePickerDidNotOfferIsAskedAgainAndOnlyEngineersMayOpenIt() {
        var picker = open(44, OLGA);

        var again = conversations.answer(new DialogAnswer(picker.conversationId(), "person:mallory"), OLGA);
        assertThat(again).isInstanceOf(Step.Prompt.class);
        assertThat(again.text()).startsWith("Please choose one of the buttons below.");
        assertThat(escalation.escalated()).noneMatch(e -> e.incident() == 44);

        var refused = conversations.start(Conversations.ESCALATE, new ConversationKey(CHAT, MALLORY), Locale.ENGLISH,
                Map.of("incident", "44"));
        assertThat(refused).isInstanceOf(Step.Finished.class);
    }
}
