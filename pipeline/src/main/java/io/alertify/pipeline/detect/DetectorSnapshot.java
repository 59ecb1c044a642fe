package io.alertify.pipeline.detect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes a detector's state as compact bytes (for a state store) or as JSON (for inspection and
 * HTTP), and restores it, so that a restart continues from the learned baselines instead of
 * relearning them. Both encodings are lossless: doubles are written bit-exactly in binary and as
 * shortest round-trip decimal text in JSON.
 */
public final class DetectorSnapshot {

    private static final int MAGIC = 0x41445331; // "ADS1"
    private static final int VERSION = 1;
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
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"format\":\"alertify-detector-state\",\"version\":").append(VERSION)
                .append(",\"kind\":");
        Json.string(sb, detector.kind());
        sb.append(",\"state\":{");
        boolean first = true;
        for (Map.Entry<String, Object> e : out.entries().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            Json.string(sb, e.getKey());
            sb.append(':');
            Json.value(sb, e.getValue());
        }
        return sb.append("}}").toString();
    }

    @SuppressWarnings("unchecked")
    public static void restoreJson(Detector detector, String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map<?, ?> root) || !"alertify-detector-state".equals(root.get("format"))) {
            throw new IllegalArgumentException("not a detector snapshot");
        }
        Object version = root.get("version");
        if (!(version instanceof Long v) || v != VERSION) {
            throw new IllegalArgumentException("unsupported snapshot version " + version);
        }
        checkKind(detector, String.valueOf(root.get("kind")));
        Object state = root.get("state");
        if (!(state instanceof Map<?, ?>)) {
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

    /** Just enough JSON for the snapshot format: objects, arrays, strings, numbers. */
    static final class Json {

        private final String text;
        private int pos;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object v = p.value();
            p.skipSpace();
            if (p.pos != text.length()) {
                throw p.error("trailing characters");
            }
            return v;
        }

        static void string(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        static void value(StringBuilder sb, Object v) {
            switch (v) {
                case Double d -> number(sb, d);
                case Long l -> sb.append(l);
                case String s -> string(sb, s);
                case double[] a -> {
                    sb.append('[');
                    for (int i = 0; i < a.length; i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        number(sb, a[i]);
                    }
                    sb.append(']');
                }
                case long[] a -> {
                    sb.append('[');
                    for (int i = 0; i < a.length; i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        sb.append(a[i]);
                    }
                    sb.append(']');
                }
                default -> throw new IllegalStateException("unsupported state value " + v.getClass());
            }
        }

        /** Doubles always carry a '.' or exponent so the reader can tell them from longs. */
        private static void number(StringBuilder sb, double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                string(sb, Double.toString(d));
            } else {
                sb.append(Double.toString(d));
            }
        }

        private Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> str();
                default -> num();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipSpace();
                String key = str();
                skipSpace();
                expect(':');
                m.put(key, value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw error("expected , or }");
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                char c = text.charAt(pos++);
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw error("expected , or ]");
                }
            }
        }

        private String str() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(pos++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private Object num() {
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String t = text.substring(start, pos);
            if (t.isEmpty()) {
                throw error("unexpected character");
            }
            try {
                if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
                    return Double.parseDouble(t);
                }
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw error("bad number " + t);
            }
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected " + c);
            }
            pos++;
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("bad snapshot JSON at " + pos + ": " + message);
        }
    }
}
