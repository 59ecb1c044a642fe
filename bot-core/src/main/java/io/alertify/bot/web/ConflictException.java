package io.alertify.bot.web;

/**
 * A valid request that cannot be carried out in the current state (e.g. no destination configured on
 * the channel); answered with 409 problem details naming the field that leads to the conflict.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
