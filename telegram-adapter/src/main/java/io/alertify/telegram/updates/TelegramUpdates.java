package io.alertify.telegram.updates;

import io.alertify.bot.api.ChatRequests;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.TextCommands;
import io.alertify.telegram.render.CardHtml;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.telegram.client.BotApi;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Every update Telegram sends, whether by long polling or by webhook: button presses and text commands,
 * each handled once by its {@code update_id} (Telegram resends updates it thinks were not taken). Never throws: a failure is logged and the person gets a polite answer, and neither transport should
 * stop or redeliver because of one bad update.
 */
public final class TelegramUpdates {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

    /** The update kinds handled here; long polling asks Telegram for these only. */
    public static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final CallbackQueries callbackQueries;
    private final ChatCommands chatCommands;
    private final ChatRequests requests;
    private final String botId;

    public TelegramUpdates(BotApi api, IncidentCommands commands, Conversations conversations,
            Subscriptions subscriptions, Texts texts, ChatRequests requests, String token,
            java.util.concurrent.Executor remediations, TextCommands textCommands, CardHtml cards,
            io.alertify.bot.api.ChatContacts contacts) {
        var locales = new ChatLocales(subscriptions, texts);
        var replies = new ChatReplies(api, cards, conversations);
        this.callbackQueries = new CallbackQueries(new CardButtons(commands, remediations, replies),
                new DialogButtons(conversations, api), api, locales, texts);
        this.chatCommands = new ChatCommands(replies, locales, texts, new BotIdentity(api), textCommands,
                contacts);
        this.requests = requests;
        // The part of the token before ':' is the bot's id; update ids count per bot.
        this.botId = token == null ? "" : token.split(":", 2)[0];
    }

    public void handle(Update update) {
        if (!requests.firstTime("telegram:update:" + botId + ":" + update.getUpdateId())) {
            log.info("Telegram update {} arrived again; it was handled already", update.getUpdateId());
            return;
        }
        try {
            if (update.hasCallbackQuery()) {
                callbackQueries.handle(update.getCallbackQuery());
            } else if (update.hasMessage() && update.getMessage().hasText()) {
                chatCommands.handle(update.getMessage());
            } else {
                log.debug("Ignoring Telegram update {}: not a message or a button press", update.getUpdateId());
            }
        } catch (RuntimeException e) {
            log.error("Telegram update {} failed", update.getUpdateId(), e);
        }
    }
}
