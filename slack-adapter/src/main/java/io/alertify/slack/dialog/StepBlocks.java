package io.alertify.slack.dialog;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.Step;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.client.SlackMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A dialog {@link Step} as a Slack message: a prompt is its question plus one button per choice
 * (toggled choices carry a check mark), a finished dialog is its closing text without buttons. The same
 * message is updated in place as the dialog moves on.
 */
public final class StepBlocks {

    /** Prefix of every dialog button's {@code action_id}; the click handler is registered on it. */
    public static final String ACTION_ID_PREFIX = "alertify-dialog-";

    static final String CHECK_MARK = "✅ ";

    // An actions block holds at most 25 elements.
    private static final int BUTTONS_PER_BLOCK = 25;

    public SlackMessage render(Step step) {
        var blocks = new ArrayList<LayoutBlock>();
        blocks.add(section(s -> s.blockId("dialog-text").text(markdownText(Mrkdwn.escape(step.text())))));
        if (step instanceof Step.Prompt prompt) {
            var choices = prompt.choices();
            for (int from = 0; from < choices.size(); from += BUTTONS_PER_BLOCK) {
                var elements = buttons(choices, from, Math.min(from + BUTTONS_PER_BLOCK, choices.size()));
                var blockId = "dialog-choices-" + from / BUTTONS_PER_BLOCK;
                blocks.add(actions(a -> a.blockId(blockId).elements(elements)));
            }
        }
        return new SlackMessage(step.text(), blocks);
    }

    private static List<BlockElement> buttons(List<Choice> choices, int from, int to) {
        var elements = new ArrayList<BlockElement>();
        for (int i = from; i < to; i++) {
            var choice = choices.get(i);
            // action_id must be unique within a message; the index is, the value need not be.
            var actionId = ACTION_ID_PREFIX + i;
            elements.add(button(b -> {
                b.actionId(actionId)
                        .value(choice.payload())
                        .text(plainText((choice.selected() ? CHECK_MARK : "") + choice.label(), true));
                return choice.selected() ? b.style("primary") : b;
            }));
        }
        return elements;
    }
}
