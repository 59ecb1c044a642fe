package io.alertify.slack.client;

import java.time.Duration;

/**
 * A Web API call that failed: Slack answered {@code ok:false}, an HTTP error, or the network broke.
 * The message names the method and Slack's error code ({@code channel_not_found}, {@code invalid_auth},
 * ...) and never contains the token. {@link SlackErrors} says what it means for a delivery.
 */
public class SlackCallException extends RuntimeException {

    private final String method;
    private final String error;
    private final int httpStatus;
    private final Duration retryAfter;
    private final boolean noAnswer;

    public SlackCallException(String method, String error, String message, Throwable cause) {
        this(method, error, message, cause, 200, null, false);
    }

    SlackCallException(String method, String error, String message, Throwable cause, int httpStatus,
            Duration retryAfter, boolean noAnswer) {
        super(message, cause);
        this.method = method;
        this.error = error;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
        this.noAnswer = noAnswer;
    }

    /** The Web API method, e.g. {@code chat.postMessage}. */
    public String method() {
        return method;
    }

    /** Slack's error code, or a short description of a transport failure. */
    public String error() {
        return error;
    }

    /** The HTTP status of Slack's answer; 0 when none came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Slack's {@code Retry-After} on a 429, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** True when the request may have reached Slack but no answer came back (a read timeout). */
    public boolean noAnswer() {
        return noAnswer;
    }
}
