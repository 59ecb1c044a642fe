package io.alertify.telegram.updates;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentCommands;
import java.util.concurrent.Executor;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * A card's button (Acknowledge, Resolve, Restart Pod) becomes a command for bot-core, which checks the
 * person's role and updates every message showing the incident; here we only tell them the outcome.
 */
final class CardButtons {

    private final IncidentCommands commands;
    private final Executor remediations;
    private final ChatReplies replies;

    CardButtons(IncidentCommands commands, Executor remediations, ChatReplies replies) {
        this.commands = commands;
        this.remediations = remediations;
        this.replies = replies;
    }

    /**
     * Restart Pod may take minutes and updates arrive on one thread: it runs apart, and the press is
     * answered at once (the outcome is said in the chat by bot-core). Anything else answers with its outcome.
     */
    CallbackAnswer press(CallbackQuery query, MaybeInaccessibleMessage message, ActionPayload payload,
            java.util.function.Supplier<String> started, java.util.Locale locale) {
        if (payload.action() == Action.ESCALATE || payload.action() == Action.SILENCE) {
            // the picker below the card: whom to escalate to, or how long to silence
            var dialog = payload.action() == Action.ESCALATE ? io.alertify.conversations.api.Conversations.ESCALATE
                    : io.alertify.conversations.api.Conversations.SILENCE;
            replies.dialog(new Destination(Channel.TELEGRAM, String.valueOf(message.getChatId())),
                    TelegramUsers.of(query.getFrom()), locale, dialog,
                    java.util.Map.of("incident", Long.toString(payload.incidentId())));
            return CallbackAnswer.silent();
        }
        var command = new ActionCommand(
                payload.incidentId(),
                payload.action(),
                TelegramUsers.of(query.getFrom()),
                new Destination(Channel.TELEGRAM, String.valueOf(message.getChatId())),
                "telegram:callback:" + query.getId());
        if (payload.action() == Action.RESTART_POD) {
            // A refusal comes back at once and is shown; a restart that takes longer is answered "started".
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> commands.execute(command), remediations);
            try {
                var outcome = running.get(QUICK_ANSWER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                return new CallbackAnswer(outcome.message(), !outcome.accepted());
            } catch (java.util.concurrent.TimeoutException e) {
                return new CallbackAnswer(started.get(), false);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CallbackAnswer(started.get(), false);
            }
        }
        var outcome = commands.execute(command);
        return new CallbackAnswer(outcome.message(), !outcome.accepted());
    }

    /** How long a press waits for its outcome before it is answered "started". */
    static final java.time.Duration QUICK_ANSWER = java.time.Duration.ofSeconds(1);
}
