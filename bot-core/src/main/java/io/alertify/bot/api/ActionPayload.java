package io.alertify.bot.api;

import java.util.Optional;

/**
 * The compact value carried by a card's button ({@code ACKNOWLEDGE:42}): short enough for Telegram's
 * 64-byte callback data, stable across releases.
 */
public record ActionPayload(Action action, long incidentId) {

    private static final String PREFIX = "a:";

    public String encode() {
        return PREFIX + action.name() + ":" + incidentId;
    }

    /** Empty when the value is not an action payload (e.g. a dialog answer). */
    public static Optional<ActionPayload> parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var parts = value.substring(PREFIX.length()).split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ActionPayload(Action.valueOf(parts[0]), Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
