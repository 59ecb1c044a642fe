package io.alertify.bot.api;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How bad an incident is, most severe first. The names match PagerDuty Events API v2, so events from
 * outside map onto ours without a table.
 */
public enum Severity {
    CRITICAL, ERROR, WARNING, INFO;

    /** The lowercase name used on the wire and in configuration. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** This severity and every more severe one: what "from {@code this} on" means to a subscriber. */
    public Set<Severity> andAbove() {
        var result = EnumSet.noneOf(Severity.class);
        for (var s : values()) {
            if (s.isAtLeast(this)) {
                result.add(s);
            }
        }
        return result;
    }

    /** Parses a wire name, case-insensitively. */
    public static Severity parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("severity is missing; expected one of critical, error, warning, info");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown severity '" + value + "'; expected one of critical, error, warning, info");
        }
    }
}
