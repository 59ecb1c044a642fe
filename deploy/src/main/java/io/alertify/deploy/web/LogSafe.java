package io.alertify.deploy.web;

/**
 * Makes text from a request safe to write into a log line or an answer: control characters (a newline
 * would start a forged log line) become visible escapes, and very long values are cut.
 */
public final class LogSafe {

    private static final int MAX = 300;

    private LogSafe() {
    }

    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        var out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX && text.length() > MAX) {
            out.append("…");
        }
        return out.toString();
    }
}
