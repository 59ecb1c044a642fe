package io.alertify.pipeline.bus;

import java.time.Duration;

/** The bus is draining for shutdown and takes nothing new; another replica (or this one, restarted) will. */
public class BusClosedException extends RuntimeException {

    private final Duration retryAfter;

    public BusClosedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
