package io.alertify.slack.card;

import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import io.alertify.bot.api.Action;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.Texts;
import io.alertify.slack.client.Mrkdwn;
import java.util.List;
import java.util.Locale;

/**
 * A card's buttons as Block Kit button elements. The {@code value} is the bot-core payload handed back
 * on a click; the {@code action_id} is stable per action, so Slack can tell the buttons of one message
 * apart. Dangerous buttons (Restart Pod among them) are red and ask for confirmation first.
 */
final class CardButtons {

    private static final int CONFIRM_TITLE_MAX = 100;
    private static final int CONFIRM_BUTTON_MAX = 30;

    private final Texts texts;

    CardButtons(Texts texts) {
        this.texts = texts;
    }

    List<BlockElement> render(Card card) {
        return card.buttons().stream().<BlockElement>map(b -> element(card, b)).toList();
    }

    static String actionId(Action action) {
        return CardBlocks.ACTION_ID_PREFIX + action.name().toLowerCase(Locale.ROOT);
    }

    private BlockElement element(Card card, Button button) {
        return button(b -> {
            b.actionId(actionId(button.action()))
                    .value(button.payload())
                    .text(plainText(button.label(), true));
            if (button.dangerous()) {
                b.style("danger").confirm(confirmation(card, button));
            }
            return b;
        });
    }

    private ConfirmationDialogObject confirmation(Card card, Button button) {
        var locale = card.locale();
        var incident = String.valueOf(card.incidentId());
        var text = button.action() == Action.RESTART_POD
                ? texts.get(locale, "slack.confirm.restart-pod", incident)
                : texts.get(locale, "slack.confirm.dangerous", button.label(), incident);
        return confirmationDialog(c -> c
                .title(plainText(Mrkdwn.truncate(texts.get(locale, "slack.confirm.title"), CONFIRM_TITLE_MAX)))
                .text(plainText(text))
                .confirm(plainText(Mrkdwn.truncate(button.label(), CONFIRM_BUTTON_MAX)))
                .deny(plainText(Mrkdwn.truncate(texts.get(locale, "slack.confirm.cancel"), CONFIRM_BUTTON_MAX)))
                .style("danger"));
    }
}
