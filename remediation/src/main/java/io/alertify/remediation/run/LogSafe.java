package io.alertify.remediation.run;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Request values as they may appear in a log line: control characters replaced (a value cannot forge
 * a second log line) and long values cut.
 */
final class LogSafe {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_LENGTH = 100;

    private LogSafe() {
    }

    static String text(String value) {
        if (value == null) {
            return "-";
        }
        String clean = CONTROL.matcher(value).replaceAll("?");
        return clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH) + "...";
    }

    static String parameters(Map<String, String> parameters) {
        Map<String, String> clean = new TreeMap<>();
        parameters.forEach((name, value) -> clean.put(text(name), text(value)));
        return clean.toString();
    }
}
