package io.alertify.telegram.render;

import io.alertify.bot.api.Button;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.Step;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline keyboards for cards and dialog prompts. A click comes back as a callback query carrying the
 * button's {@code callback_data}, which is exactly the payload bot-core or conversations gave us.
 */
public final class Keyboards {

    /** Telegram's limit for callback_data, in bytes. */
    public static final int MAX_CALLBACK_DATA_BYTES = 64;

    /** Card actions sit side by side, three at most per row, so that labels stay readable on a phone. */
    private static final int CARD_BUTTONS_PER_ROW = 3;

    private static final String SELECTED = "✅ ";

    private Keyboards() {
    }

    /** The card's buttons, or null when there are none (a resolved card): no keyboard at all. */
    public static InlineKeyboardMarkup forCard(List<Button> buttons) {
        if (buttons.isEmpty()) {
            return null;
        }
        var rows = new ArrayList<InlineKeyboardRow>();
        var row = new InlineKeyboardRow();
        for (var button : buttons) {
            if (row.size() == CARD_BUTTONS_PER_ROW) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
            row.add(button(button.label(), button.payload(), button.dangerous() ? "danger" : null));
        }
        rows.add(row);
        return new InlineKeyboardMarkup(rows);
    }

    /** One choice per row (dialog options are sentences, not verbs); null when there are none. */
    public static InlineKeyboardMarkup forChoices(List<Choice> choices) {
        if (choices.isEmpty()) {
            return null;
        }
        var rows = new ArrayList<InlineKeyboardRow>();
        for (var choice : choices) {
            var label = choice.selected() ? SELECTED + choice.label() : choice.label();
            rows.add(new InlineKeyboardRow(button(label, choice.payload(), null)));
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** A prompt's choices; none for a finished dialog, which removes the keyboard when edited in. */
    public static InlineKeyboardMarkup forStep(Step step) {
        return step instanceof Step.Prompt prompt ? forChoices(prompt.choices()) : null;
    }

    private static InlineKeyboardButton button(String label, String callbackData, String style) {
        if (callbackData == null || callbackData.isEmpty()) {
            throw new IllegalArgumentException("button '" + label + "' has no payload");
        }
        if (callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException("button '" + label + "' payload '" + callbackData
                    + "' is longer than Telegram's " + MAX_CALLBACK_DATA_BYTES + "-byte callback_data");
        }
        return InlineKeyboardButton.builder().text(label).callbackData(callbackData).style(style).build();
    }
}
