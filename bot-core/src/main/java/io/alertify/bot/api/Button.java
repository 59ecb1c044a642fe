package io.alertify.bot.api;

/**
 * An action on a card, already labelled in the reader's language. {@link #payload()} is what the
 * platform hands back on a click; {@link ActionPayload#parse} turns it into the action again.
 */
public record Button(Action action, String label, String payload, boolean dangerous) {
}
