package io.alertify.pipeline.bus;

import java.time.Duration;

/** The bus has no room right now: the collector answers 429 with {@code Retry-After}, it never drops. */
public class BusFullException extends RuntimeException {

    private final Duration retryAfter;

    public BusFullException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
