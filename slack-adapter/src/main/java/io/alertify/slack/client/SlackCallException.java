package io.alertify.slack.client;

/**
 * A Web API call that failed: Slack answered {@code ok:false}, an HTTP error, or the network broke.
 * The message names the method and Slack's error code ({@code channel_not_found}, {@code invalid_auth},
 * ...) and never contains the token.
 */
public class SlackCallException extends RuntimeException {

    private final String method;
    private final String error;

    public SlackCallException(String method, String error, String message, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.error = error;
    }

    /** The Web API method, e.g. {@code chat.postMessage}. */
    public String method() {
        return method;
    }

    /** Slack's error code, or a short description of a transport failure. */
    public String error() {
        return error;
    }
}
