package io.alertify.telegram.updates;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.OnCall;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.render.Keyboards;
import io.alertify.telegram.render.PlainText;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Text commands: {@code /subscribe} starts the subscribe dialog, {@code /oncall} says who is on call;
 * {@code /start}, {@code /help} and anything else get the help text. Plain chatter is answered with help in a private chat only: in a
 * group it is people talking to each other.
 */
final class ChatCommands {

    private static final Logger log = LoggerFactory.getLogger(ChatCommands.class);

    private final Conversations conversations;
    private final BotApi api;
    private final ChatLocales locales;
    private final Texts texts;
    private final BotIdentity identity;
    private final OnCall onCall;

    ChatCommands(Conversations conversations, BotApi api, ChatLocales locales, Texts texts, BotIdentity identity,
            OnCall onCall) {
        this.onCall = onCall;
        this.conversations = conversations;
        this.api = api;
        this.locales = locales;
        this.texts = texts;
        this.identity = identity;
    }

    void handle(Message message) {
        var command = BotCommand.of(message.getText());
        if ((command.isEmpty() && !message.isUserMessage()) || message.getFrom() == null) {
            return;
        }
        if (command.isPresent() && !identity.isForMe(BotCommand.addressee(message.getText()))) {
            // /subscribe@OtherBot in a group: another bot's command.
            return;
        }
        var locale = locales.of(message.getChatId(), message.getFrom());
        try {
            if (command.filter("subscribe"::equals).isPresent()) {
                subscribe(message, locale);
            } else if (command.filter("oncall"::equals).isPresent()) {
                send(message, onCall.describe(locale), null);
            } else {
                send(message, texts.get(locale, "telegram.help"), null);
            }
        } catch (RuntimeException e) {
            log.error("Telegram command '{}' in chat {} failed", command.orElse("(text)"), message.getChatId(), e);
            sendQuietly(message, texts.get(locale, "telegram.error"));
        }
    }

    private void subscribe(Message message, Locale locale) {
        var chat = new Destination(Channel.TELEGRAM, String.valueOf(message.getChatId()));
        var key = new ConversationKey(chat, TelegramUsers.of(message.getFrom()));
        var step = conversations.start(Conversations.SUBSCRIBE, key, locale);
        send(message, step.text(), Keyboards.forStep(step));
    }

    private void send(Message to, String text, InlineKeyboardMarkup keyboard) {
        api.send(SendMessage.builder()
                .chatId(String.valueOf(to.getChatId()))
                .text(PlainText.message(text))
                .replyMarkup(keyboard)
                .build());
    }

    private void sendQuietly(Message to, String text) {
        try {
            send(to, text, null);
        } catch (RuntimeException e) {
            log.warn("Could not tell Telegram chat {} that its command failed: {}", to.getChatId(), e.getMessage());
        }
    }
}
