package io.alertify.telegram.render;

/**
 * Telegram's HTML parse mode: every {@code <}, {@code >} and {@code &} that is not markup must be an
 * entity, or Telegram refuses the whole message ("can't parse entities"). Quotes matter only inside
 * attribute values, but escaping them everywhere is harmless.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
