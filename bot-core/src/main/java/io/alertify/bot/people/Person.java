package io.alertify.bot.people;

import io.alertify.bot.api.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Somebody Alertify pages and lets act: a role, the zone and language their messages use, and how each
 * platform knows them. The id is what schedules and policies name ({@code anna}).
 */
public record Person(String id, String name, Role role, ZoneId timeZone, Locale locale, String slackUserId,
                     String telegramUserId, String email) {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(locale, "locale");
        name = name == null || name.isBlank() ? id : name.strip();
        slackUserId = blankToNull(slackUserId);
        telegramUserId = blankToNull(telegramUserId);
        email = blankToNull(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
