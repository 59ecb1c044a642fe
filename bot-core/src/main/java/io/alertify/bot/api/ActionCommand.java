package io.alertify.bot.api;

/** A person pressed a card's button (or typed the equivalent command) in {@code origin}. */
public record ActionCommand(long incidentId, Action action, ChatUser actor, Destination origin) {
}
