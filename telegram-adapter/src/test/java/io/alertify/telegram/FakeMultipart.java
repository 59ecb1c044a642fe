package io.alertify.telegram;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code multipart/form-data} body the way the Bot API does for methods that may carry a file
 * (setWebhook, sendPhoto, ...): each text part becomes a string field, as if it had been sent as JSON.
 */
final class FakeMultipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    private FakeMultipart() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/form-data");
    }

    /** The fields of the body, or null when it is not well-formed multipart (Telegram's 400). */
    static ObjectNode read(String contentType, byte[] body, ObjectNode into) {
        var boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return null;
        }
        var text = new String(body, StandardCharsets.UTF_8);
        var delimiter = "--" + boundary.group(1);
        if (!text.startsWith(delimiter)) {
            return null;
        }
        for (var part : text.split(Pattern.quote(delimiter))) {
            if (part.isEmpty() || part.startsWith("--")) {
                continue;
            }
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                return null;
            }
            var name = NAME.matcher(part.substring(0, headersEnd));
            if (!name.find()) {
                return null;
            }
            var value = part.substring(headersEnd + 4);
            into.put(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
        }
        return into;
    }
}
