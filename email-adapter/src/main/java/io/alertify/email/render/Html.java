package io.alertify.email.render;

import java.util.Locale;

/**
 * The few HTML helpers mail bodies need. Every text that reaches an HTML body goes through
 * {@link #escape}: titles, labels and log lines come from metrics and people, and a mail client must
 * show them, never interpret them.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text whose line breaks stay line breaks. */
    public static String escapeLines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    /**
     * A whole HTML mail: the document skeleton in {@code language}, the already escaped {@code inner}
     * markup, and the small grey automatic-mail note last.
     */
    static String page(Locale language, String inner, String automatic) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language.toLanguageTag()) + "\">\n"
                + "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n"
                + "<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;"
                + "font-size:14px;line-height:1.4;color:#1f2328;background:#ffffff\">\n"
                + inner
                + "<p style=\"margin:24px 0 0;font-size:12px;color:#8c959f\">" + escape(automatic) + "</p>\n"
                + "</body>\n</html>\n";
    }

    /**
     * The plain text counterpart of the note {@link #page} ends with. {@code "-- "} (with the space) is
     * the signature separator that mail clients recognise and dim.
     */
    static String signature(String automatic) {
        return "-- \n" + automatic + "\n";
    }

    /**
     * A link when {@code url} is http(s), plain escaped text otherwise: a {@code javascript:} or
     * {@code data:} URL must never become clickable.
     */
    public static String link(String url) {
        var lower = url.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            var escaped = escape(url.trim());
            return "<a href=\"" + escaped + "\">" + escaped + "</a>";
        }
        return escape(url);
    }
}
