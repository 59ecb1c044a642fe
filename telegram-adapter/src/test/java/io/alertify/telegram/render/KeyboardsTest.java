package io.alertify.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.Button;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.Step;
import io.alertify.telegram.TestCards;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class KeyboardsTest {

    @Test
    void givesEachCardButtonItsPayloadAsCallbackData() {
        var keyboard = Keyboards.forCard(TestCards.triggered().buttons());

        assertThat(keyboard.getKeyboard()).hasSize(1);
        assertThat(keyboard.getKeyboard().getFirst())
                .extracting(InlineKeyboardButton::getText, InlineKeyboardButton::getCallbackData,
                        InlineKeyboardButton::getStyle)
                .containsExactly(
                        tuple("Acknowledge", "a:ACKNOWLEDGE:42", null),
                        tuple("Resolve", "a:RESOLVE:42", null),
                        tuple("Restart pod", "a:RESTART_POD:42", "danger"));
    }

    @Test
    void wrapsAfterThreeButtons() {
        var four = List.of(TestCards.button(Action.ACKNOWLEDGE, "1", false), TestCards.button(Action.RESOLVE, "2", false),
                TestCards.button(Action.RESTART_POD, "3", false), TestCards.button(Action.RESOLVE, "4", false));

        assertThat(Keyboards.forCard(four).getKeyboard()).extracting(List::size).containsExactly(3, 1);
    }

    @Test
    void hasNoKeyboardWithoutButtons() {
        assertThat(Keyboards.forCard(List.of())).isNull();
        assertThat(Keyboards.forStep(new Step.Finished("c1", "Done"))).isNull();
    }

    @Test
    void putsEachChoiceOnItsOwnRowAndTicksSelectedOnes() {
        var keyboard = Keyboards.forStep(new Step.Prompt("c1", "From which severity on?", List.of(
                new Choice("critical", "Critical", false, "d:c1:critical"),
                new Choice("warning", "Warning", true, "d:c1:warning"))));

        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard().get(0).getFirst().getText()).isEqualTo("Critical");
        assertThat(keyboard.getKeyboard().get(1).getFirst().getText()).isEqualTo("✅ Warning");
        assertThat(keyboard.getKeyboard().get(1).getFirst().getCallbackData()).isEqualTo("d:c1:warning");
    }

    @Test
    void refusesPayloadsLongerThanTelegramAllows() {
        var tooLong = new Button(Action.RESOLVE, "Resolve", "a:RESOLVE:" + "9".repeat(60), false);

        assertThatThrownBy(() -> Keyboards.forCard(List.of(tooLong)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64-byte callback_data");
    }
}
