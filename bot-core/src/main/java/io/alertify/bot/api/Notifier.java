package io.alertify.bot.api;

/**
 * Port implemented once per chat platform (and email). Calls are synchronous and throw a
 * {@link DeliveryException} that says what the failure means (any other exception counts as
 * retryable). bot-core's delivery paces, retries and gives up, once for all platforms, so
 * implementations stay small and must not retry or sleep themselves.
 */
public interface Notifier {

    Channel channel();

    /**
     * Posts a new card and returns where it landed. Platforms that can carry {@link Card#key()} with the
     * message (Slack's message metadata) should, so that {@link #findPosted} can find it again.
     */
    MessageRef post(Destination destination, Card card);

    /**
     * The card with {@code cardKey} posted to {@code destination} since {@code since}, if the platform
     * can tell. Asked before a post whose earlier attempt ended {@link DeliveryException.Kind#IN_DOUBT},
     * so a lost answer does not become a second card. Empty when it was not posted or cannot be known.
     */
    default java.util.Optional<MessageRef> findPosted(Destination destination, String cardKey,
            java.time.Instant since) {
        return java.util.Optional.empty();
    }

    /**
     * Replaces a posted card with its new state (acknowledged, resolved, ...). Only called when
     * {@link #editsInPlace()} is true.
     */
    void update(MessageRef message, Card card);

    /**
     * Sends plain text, in the thread of {@code inReplyTo} when the platform has threads (it may be
     * null): the outcome of a remediation, a message from {@code POST /notify}.
     */
    MessageRef say(Destination destination, String text, MessageRef inReplyTo);

    /** False for email, where a sent message cannot change; bot-core then mails the resolve instead. */
    default boolean editsInPlace() {
        return true;
    }
}
