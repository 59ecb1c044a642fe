package io.alertify.bot.web;

/** Asked over HTTP for something that does not exist (other than an incident); answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
