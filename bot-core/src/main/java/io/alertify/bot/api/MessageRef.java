package io.alertify.bot.api;

/**
 * A message a {@link Notifier} posted, so that it can be edited later: Slack's {@code ts}, Telegram's
 * {@code message_id}, an email's Message-ID.
 */
public record MessageRef(Destination destination, String messageId) {
}
