package io.alertify.telegram.updates;

import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentCommands;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * A card's button (Acknowledge, Resolve, Restart Pod) becomes a command for bot-core, which checks the
 * person's role and updates every message showing the incident; here we only tell them the outcome.
 */
final class CardButtons {

    private final IncidentCommands commands;

    CardButtons(IncidentCommands commands) {
        this.commands = commands;
    }

    CallbackAnswer press(CallbackQuery query, MaybeInaccessibleMessage message, ActionPayload payload) {
        var outcome = commands.execute(new ActionCommand(
                payload.incidentId(),
                payload.action(),
                TelegramUsers.of(query.getFrom()),
                new Destination(Channel.TELEGRAM, String.valueOf(message.getChatId()))));
        return new CallbackAnswer(outcome.message(), !outcome.accepted());
    }
}
