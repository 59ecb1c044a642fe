package io.alertify.remediation.catalogue;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One declared parameter of a script.
 *
 * @param pattern      the whole value must match it; {@code null} when any value of the type is fine
 * @param patternHint  what the pattern means, in words, for the error message (the regex alone helps nobody)
 * @param maxLength    checked before the pattern, so a regex never sees an unbounded input
 * @param defaultValue used when the parameter is absent; {@code null} for none
 */
public record ParameterSpec(String name, String description, ParameterType type, boolean required,
                            Pattern pattern, String patternHint, int maxLength, String defaultValue) {

    public static final int DEFAULT_MAX_LENGTH = 256;

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        if (pattern != null && patternHint == null) {
            throw new IllegalArgumentException("parameter " + name + ": a pattern needs a hint for error messages");
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("parameter " + name + ": maxLength must be positive");
        }
    }

    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, description, type, true, null, null, DEFAULT_MAX_LENGTH, null);
    }

    public static ParameterSpec optional(String name, ParameterType type, String description) {
        return new ParameterSpec(name, description, type, false, null, null, DEFAULT_MAX_LENGTH, null);
    }

    public ParameterSpec matching(Pattern newPattern, String hint, int newMaxLength) {
        return new ParameterSpec(name, description, type, required, newPattern, hint, newMaxLength, defaultValue);
    }

    public ParameterSpec withDefault(String value) {
        return new ParameterSpec(name, description, type, required, pattern, patternHint, maxLength, value);
    }

    /** Why {@code value} is not acceptable, or empty when it is. The value itself is never echoed back. */
    Optional<String> problemWith(String value) {
        if (value.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        if (!type.accepts(value)) {
            return Optional.of("must be " + type.description());
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            return Optional.of("must be " + patternHint);
        }
        return Optional.empty();
    }
}
