package io.alertify.conversations.api;

import java.util.Optional;

/**
 * The value carried by a dialog button ({@code d:<conversationId>:<value>}), short enough for Telegram's
 * 64-byte callback data.
 */
public record DialogAnswer(String conversationId, String value) {

    private static final String PREFIX = "d:";

    public String encode() {
        return PREFIX + conversationId + ":" + value;
    }

    /** Empty when the value is not a dialog answer (e.g. an incident action). */
    public static Optional<DialogAnswer> parse(String payload) {
        if (payload == null || !payload.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var parts = payload.substring(PREFIX.length()).split(":", 2);
        return parts.length == 2 ? Optional.of(new DialogAnswer(parts[0], parts[1])) : Optional.empty();
    }
}
