package io.alertify.telegram.updates;

import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.TextCommands.Reply;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.render.CardHtml;
import io.alertify.telegram.render.Keyboards;
import io.alertify.telegram.render.PlainText;
import java.util.Locale;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/**
 * What the bot says back in a chat: a command's text, the incident cards it lists (with their inline
 * keyboards, so {@code /incidents} can be acted on right there), and the first question of a dialog it
 * opens (the escalate picker).
 */
final class ChatReplies {

    private final BotApi api;
    private final CardHtml cards;
    private final Conversations conversations;

    ChatReplies(BotApi api, CardHtml cards, Conversations conversations) {
        this.api = api;
        this.cards = cards;
        this.conversations = conversations;
    }

    void send(Destination chat, ChatUser user, Locale locale, Reply reply) {
        text(chat, reply.text());
        for (var card : reply.cards()) {
            api.send(SendMessage.builder()
                    .chatId(chat.address())
                    .text(cards.render(card))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(Keyboards.forCard(card.buttons()))
                    .build());
        }
        if (reply.dialog() != null) {
            dialog(chat, user, locale, reply.dialog().dialog(), reply.dialog().arguments());
        }
    }

    /** Starts a dialog and asks its first question; a refusal (the person's role) is said instead. */
    void dialog(Destination chat, ChatUser user, Locale locale, String dialog, Map<String, String> arguments) {
        var step = conversations.start(dialog, new ConversationKey(chat, user), locale, arguments);
        api.send(SendMessage.builder()
                .chatId(chat.address())
                .text(PlainText.message(step.text()))
                .replyMarkup(Keyboards.forStep(step))
                .build());
    }

    void text(Destination chat, String text) {
        api.send(SendMessage.builder().chatId(chat.address()).text(PlainText.message(text)).build());
    }
}
