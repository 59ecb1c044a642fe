package io.alertify.bot.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The chat commands that read the same in Slack and Telegram: {@code /help}, {@code /oncall},
 * {@code /incidents}, {@code /ack N}, {@code /resolve N [note]}, {@code /escalate N [to]} and
 * {@code /link CODE}. Adapters pass the command line and show the {@link Reply}; {@code /subscribe} and
 * {@code /settings notify} are dialogs the adapters start themselves.
 */
public interface TextCommands {

    /** The command names handled here, without the slash. */
    Set<String> NAMES = Set.of("help", "start", "oncall", "incidents", "ack", "resolve", "escalate", "silence", "link");

    /**
     * A dialog the adapter should start and show, with its arguments: {@code /escalate 42} without a
     * target opens the escalate picker.
     */
    record StartDialog(String dialog, Map<String, String> arguments) {
    }

    /**
     * @param text   what to say (never empty)
     * @param cards  incident cards to show below it, with their buttons ({@code /incidents})
     * @param dialog a dialog to start after the text, or null
     */
    record Reply(String text, List<Card> cards, StartDialog dialog) {

        public Reply {
            cards = List.copyOf(cards);
        }

        public static Reply say(String text) {
            return new Reply(text, List.of(), null);
        }
    }

    /**
     * @param name   the command without the slash, lower case ({@code ack})
     * @param args   the rest of the line, trimmed ({@code "42 rolled back"}), or empty
     * @param origin the chat it was typed in, which gets the reply
     */
    Reply run(String name, String args, ChatUser actor, Destination origin, Locale locale);
}
