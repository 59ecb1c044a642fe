package io.alertify.telegram.updates;

import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.render.Keyboards;
import io.alertify.telegram.render.PlainText;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * A dialog's button moves the conversation on; the same message then shows the next question, or the
 * closing text without buttons, so the chat is not flooded with one message per step.
 */
final class DialogButtons {

    private final Conversations conversations;
    private final BotApi api;

    DialogButtons(Conversations conversations, BotApi api) {
        this.conversations = conversations;
        this.api = api;
    }

    CallbackAnswer press(CallbackQuery query, MaybeInaccessibleMessage message, DialogAnswer answer) {
        var step = conversations.answer(answer, TelegramUsers.of(query.getFrom()));
        api.edit(EditMessageText.builder()
                .chatId(String.valueOf(message.getChatId()))
                .messageId(message.getMessageId())
                .text(PlainText.message(step.text()))
                .replyMarkup(Keyboards.forStep(step))
                .build());
        return CallbackAnswer.silent();
    }
}
