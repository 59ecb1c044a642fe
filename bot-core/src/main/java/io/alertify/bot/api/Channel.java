package io.alertify.bot.api;

import java.util.Locale;

/** A platform the bot talks on. */
public enum Channel {
    SLACK, TELEGRAM, EMAIL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("channel is missing; expected slack, telegram or email");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown channel '" + value + "'; expected slack, telegram or email");
        }
    }
}
