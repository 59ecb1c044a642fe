package io.alertify.pipeline.detect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects a detector's learned state as flat named entries (numbers, number arrays, strings).
 * Components write under their own prefix via {@link #child(String)}, so nested state stays
 * flat and both the binary and the JSON encoding of {@link DetectorSnapshot} stay trivial.
 */
public final class StateOut {

    private final Map<String, Object> entries;
    private final String prefix;

    public StateOut() {
        this(new LinkedHashMap<>(), "");
    }

    private StateOut(Map<String, Object> entries, String prefix) {
        this.entries = entries;
        this.prefix = prefix;
    }

    /** A view that writes every key as {@code name.key}. */
    public StateOut child(String name) {
        return new StateOut(entries, prefix + name + ".");
    }

    public StateOut put(String key, double value) {
        entries.put(prefix + key, value);
        return this;
    }

    public StateOut put(String key, long value) {
        entries.put(prefix + key, value);
        return this;
    }

    public StateOut put(String key, boolean value) {
        entries.put(prefix + key, value ? 1L : 0L);
        return this;
    }

    public StateOut put(String key, String value) {
        entries.put(prefix + key, value);
        return this;
    }

    public StateOut put(String key, double[] values) {
        entries.put(prefix + key, values.clone());
        return this;
    }

    public StateOut put(String key, float[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        entries.put(prefix + key, copy);
        return this;
    }

    public StateOut put(String key, long[] values) {
        entries.put(prefix + key, values.clone());
        return this;
    }

    Map<String, Object> entries() {
        return entries;
    }
}
