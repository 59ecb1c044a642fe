package io.alertify.bot.incident;

import java.util.List;

/**
 * Text to say, in the thread of every card of an incident, once the change is committed. A text key
 * rather than a text, because every destination reads it in its own language.
 */
public record Announcement(String textKey, List<Object> args) {

    public Announcement {
        args = List.copyOf(args);
    }
}
