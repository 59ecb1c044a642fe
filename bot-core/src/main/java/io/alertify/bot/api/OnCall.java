package io.alertify.bot.api;

import java.util.Locale;

/** Who is on call, as a chat says it ({@code /oncall} in Slack and Telegram). */
public interface OnCall {

    /** One line per schedule: who is on call now and until when, and who is next, in {@code locale}. */
    String describe(Locale locale);
}
