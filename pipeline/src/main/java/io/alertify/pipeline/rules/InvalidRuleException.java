package io.alertify.pipeline.rules;

/**
 * A rule setting that cannot work, naming the setting ({@code recover-at}), so that configuration can
 * point at the exact key: {@code alertify.pipeline.rules[2].recover-at: ...}.
 */
public final class InvalidRuleException extends IllegalArgumentException {

    private final String key;

    public InvalidRuleException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The setting's name inside one rule, as written in configuration ({@code keep-firing-for}). */
    public String key() {
        return key;
    }
}
