package io.alertify.bot.api;

import java.util.Locale;
import java.util.Set;

/** A chat (or mailbox) that wants incidents of the given severities, in the given language. */
public record Subscription(Destination destination, Set<Severity> severities, Locale locale) {
    public Subscription {
        severities = Set.copyOf(severities);
    }
}
