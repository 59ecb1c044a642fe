package io.alertify.bot.web;

import java.util.function.Function;

/** A request field with a bad value; answered with 400 problem details naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Parses a field's value, turning the parser's complaint into a 400 that names the field. */
    public static <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    public String field() {
        return field;
    }
}
