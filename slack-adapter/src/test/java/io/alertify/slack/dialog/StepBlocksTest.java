package io.alertify.slack.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepBlocksTest {

    private final StepBlocks steps = new StepBlocks();

    @Test
    void rendersAPromptAsItsQuestionAndOneButtonPerChoice() {
        var prompt = new Step.Prompt("c1", "Which severities should this channel get?", List.of(
                choice("critical", "Critical", true),
                choice("warning", "Warning", false),
                choice("done", "Done", false)));

        var message = steps.render(prompt);

        assertThat(message.text()).isEqualTo("Which severities should this channel get?");
        assertThat(((SectionBlock) message.blocks().get(0)).getText().getText())
                .isEqualTo("Which severities should this channel get?");
        var buttons = ((ActionsBlock) message.blocks().get(1)).getElements().stream()
                .map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(b -> b.getText().getText()).containsExactly("✅ Critical", "Warning", "Done");
        assertThat(buttons).extracting(ButtonElement::getValue)
                .containsExactly("d:c1:critical", "d:c1:warning", "d:c1:done");
        assertThat(buttons).extracting(ButtonElement::getActionId)
                .containsExactly("alertify-dialog-0", "alertify-dialog-1", "alertify-dialog-2");
        assertThat(buttons).extracting(ButtonElement::getStyle).containsExactly("primary", null, null);
    }

    @Test
    void rendersAFinishedDialogAsTextWithoutButtons() {
        var message = steps.render(new Step.Finished("c1", "This channel now gets critical and error incidents."));

        assertThat(message.blocks()).extracting(LayoutBlock::getType).containsExactly("section");
        assertThat(message.text()).isEqualTo("This channel now gets critical and error incidents.");
    }

    private static Choice choice(String value, String label, boolean selected) {
        return new Choice(value, label, selected, new DialogAnswer("c1", value).encode());
    }
}
