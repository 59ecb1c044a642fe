package io.alertify.telegram.updates;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatContacts;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.TextCommands;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Text commands. {@code /subscribe} and {@code /settings notify} start their dialogs; every command of
 * {@link TextCommands#NAMES} ({@code /incidents}, {@code /ack N}, {@code /resolve N note}, {@code /escalate N},
 * {@code /oncall}, {@code /link CODE}, {@code /help}) is bot-core's, the same as in Slack; anything else
 * gets the help text. Plain chatter is answered with help in a private chat only: in a group it is people
 * talking to each other.
 */
final class ChatCommands {

    private static final Logger log = LoggerFactory.getLogger(ChatCommands.class);

    private final ChatReplies replies;
    private final ChatLocales locales;
    private final Texts texts;
    private final BotIdentity identity;
    private final TextCommands commands;
    private final ChatContacts contacts;

    ChatCommands(ChatReplies replies, ChatLocales locales, Texts texts, BotIdentity identity, TextCommands commands,
            ChatContacts contacts) {
        this.contacts = contacts;
        this.replies = replies;
        this.locales = locales;
        this.texts = texts;
        this.identity = identity;
        this.commands = commands;
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
        var chat = new Destination(Channel.TELEGRAM, String.valueOf(message.getChatId()));
        if (message.isUserMessage()) {
            contacts.wroteToBot(chat); // from now on Telegram lets the bot write here: pages that waited can go
        }
        var user = TelegramUsers.of(message.getFrom());
        var name = command.orElse("help");
        var args = BotCommand.arguments(message.getText());
        try {
            if (name.equals("subscribe")) {
                replies.dialog(chat, user, locale, Conversations.SUBSCRIBE, Map.of());
            } else if (name.equals("settings")) {
                if (args.equalsIgnoreCase("notify")) {
                    replies.dialog(chat, user, locale, Conversations.NOTIFY_SETTINGS, Map.of());
                } else {
                    replies.text(chat, texts.get(locale, "telegram.settings.usage"));
                }
            } else if (TextCommands.NAMES.contains(name)) {
                replies.send(chat, user, locale, commands.run(name, args, user, chat, locale));
            } else {
                replies.send(chat, user, locale, commands.run("help", "", user, chat, locale));
            }
        } catch (RuntimeException e) {
            log.error("Telegram command '{}' in chat {} failed", name, message.getChatId(), e);
            sendQuietly(chat, texts.get(locale, "telegram.error"));
        }
    }

    private void sendQuietly(Destination chat, String text) {
        try {
            replies.text(chat, text);
        } catch (RuntimeException e) {
            log.warn("Could not tell Telegram chat {} that its command failed: {}", chat.address(), e.getMessage());
        }
    }
}
