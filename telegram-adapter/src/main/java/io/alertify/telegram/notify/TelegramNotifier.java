package io.alertify.telegram.notify;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Notifier;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.client.TelegramCallException;
import io.alertify.telegram.client.TelegramErrors;
import io.alertify.telegram.render.CardHtml;
import io.alertify.telegram.render.Keyboards;
import io.alertify.telegram.render.PlainText;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/**
 * Cards in Telegram: an HTML message with an inline keyboard, edited in place when the incident changes.
 * A {@link MessageRef} holds the chat id and Telegram's {@code message_id}. Failures are classified by
 * {@link TelegramErrors}. The Bot API has no idempotency key and no history for bots, so a post whose
 * answer was lost cannot be looked up: {@link BotApi} waits long for answers to keep that window small.
 */
public final class TelegramNotifier implements Notifier {

    private final BotApi api;
    private final CardHtml cards;

    public TelegramNotifier(BotApi api, CardHtml cards) {
        this.api = api;
        this.cards = cards;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public MessageRef post(Destination destination, Card card) {
        try {
            return send(destination, card);
        } catch (TelegramCallException e) {
            throw TelegramErrors.classify(e);
        }
    }

    private MessageRef send(Destination destination, Card card) {
        var sent = api.send(SendMessage.builder()
                .chatId(chatId(destination))
                .text(cards.render(card))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(noPreview())
                .replyMarkup(Keyboards.forCard(card.buttons()))
                .build());
        return new MessageRef(destination, String.valueOf(sent.getMessageId()));
    }

    /** Without buttons (a resolved card) no reply_markup is sent, which removes the keyboard. */
    @Override
    public void update(MessageRef message, Card card) {
        try {
            edit(message, card);
        } catch (TelegramCallException e) {
            throw TelegramErrors.classify(e);
        }
    }

    private void edit(MessageRef message, Card card) {
        api.edit(EditMessageText.builder()
                .chatId(chatId(message.destination()))
                .messageId(messageId(message))
                .text(cards.render(card))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(noPreview())
                .replyMarkup(Keyboards.forCard(card.buttons()))
                .build());
    }

    /** Plain text (no parse mode, so nothing needs escaping), as a reply when {@code inReplyTo} is in the same chat. */
    @Override
    public MessageRef say(Destination destination, String text, MessageRef inReplyTo) {
        var message = SendMessage.builder()
                .chatId(chatId(destination))
                .text(PlainText.message(text))
                .linkPreviewOptions(noPreview());
        if (inReplyTo != null && inReplyTo.destination().equals(destination)) {
            // If the card was deleted meanwhile, the text still matters more than the thread.
            message.replyParameters(ReplyParameters.builder()
                    .messageId(messageId(inReplyTo))
                    .allowSendingWithoutReply(true)
                    .build());
        }
        try {
            var sent = api.send(message.build());
            return new MessageRef(destination, String.valueOf(sent.getMessageId()));
        } catch (TelegramCallException e) {
            throw TelegramErrors.classify(e);
        }
    }

    private static String chatId(Destination destination) {
        if (destination.channel() != Channel.TELEGRAM) {
            throw new IllegalArgumentException("not a Telegram chat: " + destination);
        }
        return destination.address();
    }

    private static int messageId(MessageRef message) {
        try {
            return Integer.parseInt(message.messageId());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Telegram message id: '" + message.messageId() + "'");
        }
    }

    private static LinkPreviewOptions noPreview() {
        return LinkPreviewOptions.builder().isDisabled(true).build();
    }
}
