package io.alertify.pipeline.detect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes a detector's state as compact bytes (for a state store) or as JSON (for inspection and
 * HTTP), and restores it, so that a restart continues from the learned baselines instead of
 * relearning them. Both encodings are lossless: doubles are written bit-exactly in binary and as
 * shortest round-trip decimal text in JSON.
 */
public final class DetectorSnapshot {

    private static final int MAGIC = 0x41445331; // "ADS1"
    private static final int VERSION = 1;
    private static final String JSON_FORMAT = "alertify-detector-state";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte T_DOUBLE = 1;
    private static final byte T_LONG = 2;
    private static final byte T_STRING = 3;
    private static final byte T_DOUBLES = 4;
    private static final byte T_LONGS = 5;

    private DetectorSnapshot() {
    }

    public static byte[] toBytes(Detector detector) {
        StateOut out = new StateOut();
        detector.snapshot(out);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        try (DataOutputStream data = new DataOutputStream(buffer)) {
            data.writeInt(MAGIC);
            data.writeShort(VERSION);
            data.writeUTF(detector.kind());
            data.writeInt(out.entries().size());
            for (Map.Entry<String, Object> e : out.entries().entrySet()) {
                data.writeUTF(e.getKey());
                writeValue(data, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static void restore(Detector detector, byte[] bytes) {
        Map<String, Object> entries = new LinkedHashMap<>();
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (data.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a detector snapshot");
            }
            int version = data.readShort();
            if (version != VERSION) {
                throw new IllegalArgumentException("unsupported snapshot version " + version);
            }
            checkKind(detector, data.readUTF());
            int n = data.readInt();
            for (int i = 0; i < n; i++) {
                String key = data.readUTF();
                entries.put(key, readValue(data));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt detector snapshot", e);
        }
        detector.restore(new StateIn(entries));
    }

    public static String toJson(Detector detector) {
        StateOut out = new StateOut();
        detector.snapshot(out);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JSON_FORMAT);
        root.put("version", VERSION);
        root.put("kind", detector.kind());
        root.put("state", out.entries());
        // NaN and infinities are written as strings ("NaN"), which StateIn reads back as numbers
        return JSON.writeValueAsString(root);
    }

    @SuppressWarnings("unchecked")
    public static void restoreJson(Detector detector, String json) {
        Map<String, Object> root;
        try {
            root = JSON.readValue(json, Map.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a detector snapshot: " + e.getOriginalMessage(), e);
        }
        if (root == null || !JSON_FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("not a detector snapshot");
        }
        if (!(root.get("version") instanceof Number v) || v.intValue() != VERSION) {
            throw new IllegalArgumentException("unsupported snapshot version " + root.get("version"));
        }
        checkKind(detector, String.valueOf(root.get("kind")));
        if (!(root.get("state") instanceof Map<?, ?> state)) {
            throw new IllegalArgumentException("snapshot has no state object");
        }
        detector.restore(new StateIn((Map<String, Object>) state));
    }

    private static void checkKind(Detector detector, String kind) {
        if (!detector.kind().equals(kind)) {
            throw new IllegalArgumentException(
                    "snapshot of a '" + kind + "' detector cannot restore a '" + detector.kind() + "' detector");
        }
    }

    private static void writeValue(DataOutputStream data, Object v) throws IOException {
        switch (v) {
            case Double d -> {
                data.writeByte(T_DOUBLE);
                data.writeDouble(d);
            }
            case Long l -> {
                data.writeByte(T_LONG);
                data.writeLong(l);
            }
            case String s -> {
                // length-prefixed bytes: writeUTF is limited to 64 KiB, a forest is larger
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                data.writeByte(T_STRING);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
            case double[] a -> {
                data.writeByte(T_DOUBLES);
                data.writeInt(a.length);
                for (double d : a) {
                    data.writeDouble(d);
                }
            }
            case long[] a -> {
                data.writeByte(T_LONGS);
                data.writeInt(a.length);
                for (long l : a) {
                    data.writeLong(l);
                }
            }
            default -> throw new IllegalStateException("unsupported state value " + v.getClass());
        }
    }

    private static Object readValue(DataInputStream data) throws IOException {
        byte type = data.readByte();
        return switch (type) {
            case T_DOUBLE -> data.readDouble();
            case T_LONG -> data.readLong();
            case T_STRING -> {
                byte[] utf8 = new byte[checkedLength(data.readInt())];
                data.readFully(utf8);
                yield new String(utf8, StandardCharsets.UTF_8);
            }
            case T_DOUBLES -> {
                double[] a = new double[checkedLength(data.readInt())];
                for (int i = 0; i < a.length; i++) {
                    a[i] = data.readDouble();
                }
                yield a;
            }
            case T_LONGS -> {
                long[] a = new long[checkedLength(data.readInt())];
                for (int i = 0; i < a.length; i++) {
                    a[i] = data.readLong();
                }
                yield a;
            }
            default -> throw new IOException("unknown value type " + type);
        };
    }

    private static int checkedLength(int n) throws IOException {
        if (n < 0 || n > 1 << 28) {
            throw new IOException("implausible array length " + n);
        }
        return n;
    }
}
