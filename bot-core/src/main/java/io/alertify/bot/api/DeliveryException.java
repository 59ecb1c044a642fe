package io.alertify.bot.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A {@link Notifier} call that failed, classified once, by the adapter that knows its platform's
 * errors. bot-core's delivery decides what happens next from the {@link Kind} alone: adapters never
 * retry, wait or give up themselves. Messages must not contain secrets.
 */
public final class DeliveryException extends RuntimeException {

    /** What the failure means for the job and its destination. */
    public enum Kind {
        /** The platform said "too many": wait exactly {@link #retryAfter()} before the next call there. */
        RATE_LIMITED,
        /** An answer came and nothing was done (5xx, refused connection): retry with backoff. */
        RETRYABLE,
        /**
         * No answer came (timeout, connection cut mid-request): the platform may have done it. A post
         * is looked up with {@link Notifier#findPosted} before it is sent again.
         */
        IN_DOUBT,
        /** The destination cannot take messages (channel gone, bot removed or blocked): stop sending there. */
        DESTINATION_BROKEN,
        /** This message can never be sent (too long, malformed); the destination is fine. */
        MESSAGE_REFUSED,
        /** A Telegram group became a supergroup: the chat lives on at {@link #movedTo()}. */
        MOVED
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final String movedTo;

    private DeliveryException(Kind kind, String message, Duration retryAfter, String movedTo, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.retryAfter = retryAfter;
        this.movedTo = movedTo;
    }

    public static DeliveryException rateLimited(String message, Duration retryAfter) {
        return new DeliveryException(Kind.RATE_LIMITED, message, retryAfter, null, null);
    }

    public static DeliveryException retryable(String message, Throwable cause) {
        return new DeliveryException(Kind.RETRYABLE, message, null, null, cause);
    }

    public static DeliveryException inDoubt(String message, Throwable cause) {
        return new DeliveryException(Kind.IN_DOUBT, message, null, null, cause);
    }

    public static DeliveryException destinationBroken(String message) {
        return new DeliveryException(Kind.DESTINATION_BROKEN, message, null, null, null);
    }

    public static DeliveryException messageRefused(String message) {
        return new DeliveryException(Kind.MESSAGE_REFUSED, message, null, null, null);
    }

    public static DeliveryException moved(String message, String movedTo) {
        return new DeliveryException(Kind.MOVED, message, null, movedTo, null);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the platform asked us to wait; only for {@link Kind#RATE_LIMITED}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The new address; only for {@link Kind#MOVED}. */
    public String movedTo() {
        return movedTo;
    }
}
