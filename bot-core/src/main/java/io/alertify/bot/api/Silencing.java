package io.alertify.bot.api;

import java.util.Locale;

/**
 * Silencing from chat: the Silence button's picker and {@code /silence N [for]}. bot-core checks the role,
 * silences incidents like this one (its service and alert) and records who did it.
 */
public interface Silencing {

    /** What the picker offers, in order: values {@link #silence} takes. */
    java.util.List<String> CHOICES = java.util.List.of("1h", "4h", "tomorrow");

    /**
     * @param period {@code 1h}, {@code 4h}, {@code tomorrow} (09:00 in the person's time zone), or any
     *               {@code 30m}, {@code 2h}, {@code 1d}
     */
    CommandOutcome silence(long incidentId, String period, String comment, ChatUser actor, Locale locale);
}
