package io.alertify.conversations.engine;

import java.util.Map;
import java.util.Objects;

/**
 * Where a conversation stands: the name of its current state and the small amount of data collected
 * so far (string values only, stored as a JSON object).
 */
public record DialogState(String name, Map<String, String> data) {
    public DialogState {
        Objects.requireNonNull(name, "name");
        data = Map.copyOf(data);
    }

    public static DialogState of(String name) {
        return new DialogState(name, Map.of());
    }

    /** The value stored under {@code key}, or {@code fallback} when there is none. */
    public String get(String key, String fallback) {
        return data.getOrDefault(key, fallback);
    }
}
