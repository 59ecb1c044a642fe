package io.alertify.pipeline.request;

/**
 * Text that every store and log on the path can hold: no control characters (PostgreSQL refuses NUL;
 * a newline forges log lines) and no broken UTF-16 (a lone surrogate cannot be written as UTF-8).
 */
public final class SafeText {

    private SafeText() {
    }

    /** Why {@code text} cannot travel, or null when it can. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + " at "
                        + i + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (a lone surrogate at " + i + ")";
            }
        }
        return null;
    }
}
