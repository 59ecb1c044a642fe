package io.alertify.pipeline.detect;

import java.util.List;
import java.util.Map;

/**
 * Reads state written by {@link StateOut}. Getters convert between the number types because the
 * JSON encoding cannot always tell an integral double or an empty array from a long one.
 */
public final class StateIn {

    private final Map<String, Object> entries;
    private final String prefix;

    StateIn(Map<String, Object> entries) {
        this(entries, "");
    }

    private StateIn(Map<String, Object> entries, String prefix) {
        this.entries = entries;
        this.prefix = prefix;
    }

    public StateIn child(String name) {
        return new StateIn(entries, prefix + name + ".");
    }

    private Object get(String key) {
        Object v = entries.get(prefix + key);
        if (v == null) {
            throw new IllegalStateException("snapshot has no entry " + prefix + key);
        }
        return v;
    }

    public double getDouble(String key) {
        Object v = get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            return Double.parseDouble(s);
        }
        throw type(key, "number");
    }

    public long getLong(String key) {
        Object v = get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw type(key, "integer");
    }

    public int getInt(String key) {
        return Math.toIntExact(getLong(key));
    }

    public boolean getBoolean(String key) {
        return getLong(key) != 0L;
    }

    public String getString(String key) {
        Object v = get(key);
        if (v instanceof String s) {
            return s;
        }
        throw type(key, "string");
    }

    public double[] getDoubles(String key) {
        Object v = get(key);
        if (v instanceof double[] d) {
            return d.clone();
        }
        if (v instanceof long[] l) {
            double[] out = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = l[i];
            }
            return out;
        }
        if (v instanceof List<?> list) {
            double[] out = new double[list.size()];
            for (int i = 0; i < out.length; i++) {
                Object e = list.get(i);
                out[i] = e instanceof String s ? Double.parseDouble(s) : ((Number) e).doubleValue();
            }
            return out;
        }
        throw type(key, "number array");
    }

    public float[] getFloats(String key) {
        double[] d = getDoubles(key);
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    public long[] getLongs(String key) {
        Object v = get(key);
        if (v instanceof long[] l) {
            return l.clone();
        }
        if (v instanceof double[] d && d.length == 0) {
            return new long[0];
        }
        if (v instanceof List<?> list) {
            long[] out = new long[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((Number) list.get(i)).longValue();
            }
            return out;
        }
        throw type(key, "integer array");
    }

    private IllegalStateException type(String key, String expected) {
        return new IllegalStateException("snapshot entry " + prefix + key + " is not a " + expected);
    }
}
