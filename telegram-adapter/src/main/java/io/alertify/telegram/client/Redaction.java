package io.alertify.telegram.client;

/** Blanks a bot token out of texts and exception chains before anything is logged or rethrown. */
public final class Redaction {

    private static final String MASK = "<token>";

    private final String token;

    public Redaction(String token) {
        this.token = token;
    }

    public String apply(String text) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, MASK);
    }

    /** A copy of {@code error} and its causes with redacted messages and the original stack traces. */
    public Throwable copy(Throwable error) {
        if (error == null) {
            return null;
        }
        var copy = new RedactedException(error.getClass().getName() + ": " + apply(error.getMessage()),
                error.getCause() == error ? null : copy(error.getCause()));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Stands in for a library exception whose message may have carried the token. */
    static final class RedactedException extends RuntimeException {
        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
