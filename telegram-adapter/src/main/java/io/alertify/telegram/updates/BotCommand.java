package io.alertify.telegram.updates;

import java.util.Locale;
import java.util.Optional;

/**
 * The command at the start of a message: {@code /subscribe}, or {@code /subscribe@AlertifyBot} as Telegram
 * writes it in groups, both read as {@code subscribe}.
 */
final class BotCommand {

    private BotCommand() {
    }

    static Optional<String> of(String text) {
        if (text == null || !text.startsWith("/") || text.length() == 1) {
            return Optional.empty();
        }
        var word = text.substring(1).split("\\s", 2)[0];
        var at = word.indexOf('@');
        var name = at >= 0 ? word.substring(0, at) : word;
        return name.isEmpty() ? Optional.empty() : Optional.of(name.toLowerCase(Locale.ROOT));
    }

    /** What follows the command, trimmed: {@code "42 rolled back"} in {@code /resolve@AlertifyBot 42 rolled back}. */
    static String arguments(String text) {
        if (text == null || !text.startsWith("/")) {
            return "";
        }
        var parts = text.substring(1).split("\\s", 2);
        return parts.length < 2 ? "" : parts[1].strip();
    }

    /** The bot a command is addressed to ({@code AlertifyBot} in {@code /subscribe@AlertifyBot}), or null. */
    static String addressee(String text) {
        if (text == null || !text.startsWith("/")) {
            return null;
        }
        var word = text.substring(1).split("\\s", 2)[0];
        var at = word.indexOf('@');
        return at >= 0 && at < word.length() - 1 ? word.substring(at + 1) : null;
    }
}
