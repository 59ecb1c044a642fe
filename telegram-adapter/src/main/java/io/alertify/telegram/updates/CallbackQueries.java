package io.alertify.telegram.updates;

import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.render.PlainText;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Button presses. Each one is answered exactly once (answerCallbackQuery), whatever happens: until then
 * the person's Telegram app shows a spinner on the button.
 */
final class CallbackQueries {

    private static final Logger log = LoggerFactory.getLogger(CallbackQueries.class);

    private final CardButtons cardButtons;
    private final DialogButtons dialogButtons;
    private final BotApi api;
    private final ChatLocales locales;
    private final Texts texts;

    CallbackQueries(CardButtons cardButtons, DialogButtons dialogButtons, BotApi api, ChatLocales locales,
            Texts texts) {
        this.cardButtons = cardButtons;
        this.dialogButtons = dialogButtons;
        this.api = api;
        this.locales = locales;
        this.texts = texts;
    }

    void handle(CallbackQuery query) {
        var answer = press(query);
        try {
            api.answer(AnswerCallbackQuery.builder()
                    .callbackQueryId(query.getId())
                    .text(PlainText.callbackAnswer(answer.text()))
                    .showAlert(answer.alert() ? Boolean.TRUE : null)
                    .build());
        } catch (RuntimeException e) {
            // Queries expire after a while; the action itself has happened, so a warning is enough.
            log.warn("Could not answer Telegram callback query {}: {}", query.getId(), e.getMessage());
        }
    }

    private CallbackAnswer press(CallbackQuery query) {
        var message = query.getMessage();
        try {
            if (message != null) {
                var action = ActionPayload.parse(query.getData());
                if (action.isPresent()) {
                    return cardButtons.press(query, message, action.get(),
                            () -> texts.get(locale(query), "telegram.restart.started"), locale(query));
                }
                var dialog = DialogAnswer.parse(query.getData());
                if (dialog.isPresent()) {
                    return dialogButtons.press(query, message, dialog.get());
                }
            }
            log.info("Ignoring a Telegram button Alertify does not know: '{}'", query.getData());
            return CallbackAnswer.alert(texts.get(locale(query), "telegram.button.unknown"));
        } catch (RuntimeException e) {
            log.error("Telegram button '{}' pressed by user {} failed", query.getData(), query.getFrom().getId(), e);
            return CallbackAnswer.alert(texts.get(locale(query), "telegram.error"));
        }
    }

    private Locale locale(CallbackQuery query) {
        var message = query.getMessage();
        return message == null ? locales.of(query.getFrom().getId(), query.getFrom())
                : locales.of(message.getChatId(), query.getFrom());
    }
}
