package io.alertify.telegram;

import io.alertify.bot.api.ChatUser;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A one-question subscribe dialog: {@link #start} asks from which severity on, any answer finishes it.
 * Records what it was asked.
 */
public final class ScriptedConversations implements Conversations {

    public static final String CONVERSATION_ID = "c7";

    public record Started(String dialog, ConversationKey key, Locale locale) {
    }

    public record Answered(DialogAnswer answer, ChatUser user) {
    }

    private final List<Started> started = new CopyOnWriteArrayList<>();
    private final List<Answered> answered = new CopyOnWriteArrayList<>();

    @Override
    public Step start(String dialog, ConversationKey key, Locale locale, java.util.Map<String, String> arguments) {
        if (!SUBSCRIBE.equals(dialog)) {
            throw new IllegalArgumentException("unknown dialog " + dialog);
        }
        started.add(new Started(dialog, key, locale));
        var russian = "ru".equals(locale.getLanguage());
        return new Step.Prompt(CONVERSATION_ID,
                russian ? "С какой важности присылать инциденты?" : "From which severity on should this chat get incidents?",
                List.of(choice("critical", "Critical", false), choice("warning", "Warning & above", true)));
    }

    @Override
    public Step answer(DialogAnswer answer, ChatUser user) {
        answered.add(new Answered(answer, user));
        return new Step.Finished(answer.conversationId(), "Subscribed from " + answer.value() + " on.");
    }

    public static String payload(String value) {
        return new DialogAnswer(CONVERSATION_ID, value).encode();
    }

    public List<Started> started() {
        return List.copyOf(started);
    }

    public List<Answered> answered() {
        return List.copyOf(answered);
    }

    private static Choice choice(String value, String label, boolean selected) {
        return new Choice(value, label, selected, payload(value));
    }
}
