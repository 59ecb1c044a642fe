package io.alertify.deploy.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request the fuzz generated: which endpoint it aims at, and exactly what goes on the wire. */
record FuzzedRequest(String target, String method, String path, String contentType, byte[] body,
                     Map<String, String> headers) {

    String describe() {
        return method + " " + path + " [" + contentType + "] " + abbreviate(new String(body, StandardCharsets.UTF_8));
    }

    /** One line, control characters shown as {@code ?}, at most 160 characters. */
    static String abbreviate(String text) {
        var oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
