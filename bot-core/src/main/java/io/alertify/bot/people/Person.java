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

    /**
     * Where a personal page reaches them: a Slack DM (the notifier opens it with conversations.open), their
     * Telegram private chat (whose id is their user id, once they have started the bot) and their mailbox.
     */
    public java.util.List<io.alertify.bot.api.Destination> destinations() {
        var result = new java.util.ArrayList<io.alertify.bot.api.Destination>();
        if (slackUserId != null) {
            result.add(new io.alertify.bot.api.Destination(io.alertify.bot.api.Channel.SLACK, slackUserId));
        }
        if (telegramUserId != null) {
            result.add(new io.alertify.bot.api.Destination(io.alertify.bot.api.Channel.TELEGRAM, telegramUserId));
        }
        if (email != null) {
            result.add(new io.alertify.bot.api.Destination(io.alertify.bot.api.Channel.EMAIL, email));
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
