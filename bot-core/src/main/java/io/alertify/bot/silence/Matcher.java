package io.alertify.bot.silence;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition on an incident's labels, as Alertmanager writes them: {@code =}, {@code !=}, {@code =~} and
 * {@code !~} (a regular expression matching the whole value). An incident's service and severity are
 * labels here too, so {@code service=checkout} works for alerts that never had such a label.
 */
public record Matcher(String name, String op, String value) {

    static final int LONGEST_PATTERN = 500;

    public Matcher {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a matcher needs a label name");
        }
        if (op == null || !java.util.List.of("=", "!=", "=~", "!~").contains(op)) {
            throw new IllegalArgumentException("a matcher's op is =, !=, =~ or !~");
        }
        value = value == null ? "" : value;
        if (op.endsWith("~")) {
            if (value.length() > LONGEST_PATTERN) {
                throw new IllegalArgumentException("a pattern is at most " + LONGEST_PATTERN + " characters");
            }
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + value + "' is not a regular expression: " + e.getDescription());
            }
        }
    }

    /** {@code service=checkout}, {@code alertname=~"Disk.*"}: what people type. */
    public static Matcher parse(String text) {
        var m = java.util.regex.Pattern.compile("\\s*([^=!~\\s]+)\\s*(=~|!~|!=|=)\\s*\"?(.*?)\"?\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is no matcher; write name=value, name!=value, "
                    + "name=~regex or name!~regex");
        }
        return new Matcher(m.group(1), m.group(2), m.group(3));
    }

    boolean matches(Map<String, String> labels) {
        var actual = labels.getOrDefault(name, "");
        return switch (op) {
            case "=" -> actual.equals(value);
            case "!=" -> !actual.equals(value);
            case "=~" -> Pattern.compile(value).matcher(actual).matches();
            default -> !Pattern.compile(value).matcher(actual).matches();
        };
    }

    @Override
    public String toString() {
        return name + op + (op.endsWith("~") ? "\"" + value + "\"" : value);
    }
}
