package io.alertify.bot.incident;

/** Shortens free text to a column's size, so that a long summary never fails an insert. */
public final class Clip {

    private Clip() {
    }

    /** {@code value} cut to {@code max} characters, ending with an ellipsis when cut; null stays null. */
    public static String to(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
