package io.alertify.bot.api;

/**
 * Port implemented once per chat platform (and email). Calls are synchronous and throw on failure;
 * bot-core wraps every call in retry and circuit breaking, once for all platforms, so implementations
 * stay small and must not retry themselves.
 */
public interface Notifier {

    Channel channel();

    /** Posts a new card and returns where it landed. */
    MessageRef post(Destination destination, Card card);

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
