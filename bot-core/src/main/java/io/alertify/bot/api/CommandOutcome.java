package io.alertify.bot.api;

/**
 * What to tell the person who sent a command, already in their language. {@code accepted} is false for
 * a refusal (not allowed, unknown incident, already resolved); the text then says why, politely.
 */
public record CommandOutcome(boolean accepted, String message) {
}
