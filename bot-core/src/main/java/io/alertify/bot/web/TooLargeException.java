package io.alertify.bot.web;

/** A request body over its limit; answered with 413 problem details, unread past the limit. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(long limitBytes) {
        super("the body is larger than " + limitBytes / (1024 * 1024) + " MB");
    }
}
