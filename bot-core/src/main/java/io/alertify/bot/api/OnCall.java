package io.alertify.bot.api;

import java.util.Locale;

/** Who is on call, as a chat says it ({@code /oncall} in Slack and Telegram). */
public interface OnCall {

    /** One line per schedule: who is on call now and until when, and who is next, in {@code locale}. */
    String describe(Locale locale);

    /** What a chat hears where no schedule is set up, or the on-call part of the bot is not running. */
    static OnCall noSchedules(Texts texts) {
        return locale -> texts.get(locale, "bot.oncall.none");
    }
}
