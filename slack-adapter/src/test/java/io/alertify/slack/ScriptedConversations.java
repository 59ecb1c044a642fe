package io.alertify.slack;

import io.alertify.bot.api.ChatUser;
import io.alertify.conversations.api.Choice;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.conversations.api.Step;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A notify-settings dialog with a fixed script: toggle severities, then "done". Records how it was
 * started and answered.
 */
public final class ScriptedConversations implements Conversations {

    public static final String ID = "conv-1";

    public record Started(String dialog, ConversationKey key, Locale locale) {
    }

    public record Answered(DialogAnswer answer, ChatUser user) {
    }

    private final List<Started> started = new CopyOnWriteArrayList<>();
    private final List<Answered> answered = new CopyOnWriteArrayList<>();
    private final Set<String> selected = new TreeSet<>();

    @Override
    public synchronized Step start(String dialog, ConversationKey key, Locale locale,
            java.util.Map<String, String> arguments) {
        started.add(new Started(dialog, key, locale));
        selected.clear();
        selected.add("critical");
        return prompt();
    }

    @Override
    public synchronized Step answer(DialogAnswer answer, ChatUser user) {
        answered.add(new Answered(answer, user));
        if (answer.value().equals("done")) {
            return new Step.Finished(ID, "This channel now gets: " + String.join(", ", selected));
        }
        if (!selected.remove(answer.value())) {
            selected.add(answer.value());
        }
        return prompt();
    }

    private Step prompt() {
        var choices = List.of("critical", "error", "warning", "info", "done").stream()
                .map(v -> new Choice(v, v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1), selected.contains(v),
                        new DialogAnswer(ID, v).encode()))
                .toList();
        return new Step.Prompt(ID, "Which severities should this channel get?", choices);
    }

    public List<Started> started() {
        return List.copyOf(started);
    }

    public List<Answered> answered() {
        return List.copyOf(answered);
    }

    public synchronized void reset() {
        started.clear();
        answered.clear();
        selected.clear();
    }
}
