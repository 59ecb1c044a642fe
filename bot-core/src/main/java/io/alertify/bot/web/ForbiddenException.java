package io.alertify.bot.web;

/** Allowed in by role, but not for this one thing (another person's shift); answered with 403. */
public class ForbiddenException extends RuntimeException {

    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
