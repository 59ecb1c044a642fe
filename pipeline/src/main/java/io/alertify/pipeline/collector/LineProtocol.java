package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * InfluxDB line protocol: {@code measurement[,tag=value...] field=value[,field=value...] [timestamp]}, with
 * its escapes ({@code \,} {@code \ } {@code \=}, quoted string fields). Each numeric field is a sample:
 * field {@code value} is the measurement itself ({@code latency,service=user-service value=120} is metric
 * {@code latency}), any other is {@code measurement_field}. The service is the tag {@code service}
 * ({@code service_id}, {@code job} or {@code host} when there is none), else the measurement. String fields
 * are no samples and are skipped. Without a precision, a timestamp is read by its size, as
 * {@code POST /metrics} reads epoch numbers: seconds below 10^11 (the seed's {@code 1708050000}),
 * milliseconds below 10^14, microseconds below 10^17, else nanoseconds.
 */
final class LineProtocol {

    /** InfluxDB's precision names, v1 ({@code n u ms s m h}) and v2 ({@code ns us ms s}). */
    enum Precision {
        NS(1), US(1_000), MS(1_000_000), S(1_000_000_000L), M(60_000_000_000L), H(3_600_000_000_000L);

        final long nanos;

        Precision(long nanos) {
            this.nanos = nanos;
        }

        static Precision parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "n", "ns" -> NS;
                case "u", "us", "µ" -> US;
                case "ms" -> MS;
                case "s" -> S;
                case "m" -> M;
                case "h" -> H;
                default -> throw new IllegalArgumentException("precision must be ns, us, ms, s (or n, u, m, h)");
            };
        }
    }

    private static final List<String> SERVICE_TAGS = List.of("service", "service_id", "job", "host");

    private final SampleRules rules;
    private final int maxSamples;

    LineProtocol(SampleRules rules, int maxSamples) {
        this.rules = rules;
        this.maxSamples = maxSamples;
    }

    Batch read(String body, Precision precision, Instant receivedAt) {
        var samples = new ArrayList<MetricSample>();
        var refused = new ArrayList<Batch.Refused>();
        var lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            var line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var where = "line " + (n + 1);
            try {
                for (var sample : line(line, precision, receivedAt)) {
                    if (samples.size() == maxSamples) {
                        refused.add(new Batch.Refused(where, "the batch holds more than " + maxSamples
                                + " samples (alertify.pipeline.batch-limits.max-samples); the rest was not read"));
                        return new Batch(samples, refused);
                    }
                    samples.add(sample);
                }
            } catch (IllegalArgumentException e) {
                refused.add(new Batch.Refused(where, e.getMessage() + ": '" + SampleRules.shortened(line) + "'"));
            }
        }
        return new Batch(samples, refused);
    }

    private List<MetricSample> line(String line, Precision precision, Instant receivedAt) {
        var cursor = new Cursor(line);
        var measurement = cursor.until(",", true, false);
        if (measurement.isEmpty()) {
            throw new IllegalArgumentException("unable to parse: no measurement");
        }
        var tags = new LinkedHashMap<String, String>();
        while (cursor.peek() == ',') {
            cursor.next();
            var key = cursor.until("=", false, false);
            if (!cursor.skip('=')) {
                throw new IllegalArgumentException("unable to parse: tag " + key + " has no value");
            }
            tags.put(key, cursor.until(",", true, false));
        }
        if (!cursor.skipSpaces()) {
            throw new IllegalArgumentException("unable to parse: no fields");
        }
        var fields = new LinkedHashMap<String, Double>();
        do {
            var key = cursor.until("=", false, false);
            if (!cursor.skip('=')) {
                throw new IllegalArgumentException("unable to parse: field " + key + " has no value");
            }
            var value = cursor.peek() == '"' ? cursor.quoted() : cursor.until(",", true, true);
            var number = number(key, value);
            if (number != null) {
                fields.put(key, number);
            }
        } while (cursor.skip(','));
        var at = receivedAt;
        if (cursor.skipSpaces()) {
            var stamp = cursor.rest().strip();
            try {
                at = time(Long.parseLong(stamp), precision);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("unable to parse: timestamp " + stamp + " is not an integer");
            }
        }
        var service = SERVICE_TAGS.stream().map(tags::get).filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(measurement);
        var labels = new LinkedHashMap<>(tags);
        labels.remove("service");
        labels.remove("service_id");
        var result = new ArrayList<MetricSample>();
        for (var field : fields.entrySet()) {
            var metric = field.getKey().equals("value") ? measurement : measurement + "_" + field.getKey();
            var problems = rules.problems(service, metric, at, field.getValue(), labels, receivedAt);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.getFirst().toString());
            }
            result.add(rules.sample(service, metric, at, field.getValue(), Map.copyOf(labels)));
        }
        return result;
    }

    /** A field's number: float, {@code 12i}, {@code 12u}, a boolean as 1 or 0; null for a string field. */
    private static Double number(String key, String value) {
        if (value.startsWith("\"")) {
            return null;
        }
        switch (value) {
            case "t", "T", "true", "True", "TRUE" -> {
                return 1.0;
            }
            case "f", "F", "false", "False", "FALSE" -> {
                return 0.0;
            }
            default -> {
            }
        }
        var text = value.endsWith("i") || value.endsWith("u") ? value.substring(0, value.length() - 1) : value;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unable to parse: field " + key + " has the value '" + value
                    + "', which is no number, boolean or quoted string");
        }
    }

    private static Instant time(long stamp, Precision precision) {
        var p = precision != null ? precision : stamp < 100_000_000_000L ? Precision.S
                : stamp < 100_000_000_000_000L ? Precision.MS : stamp < 100_000_000_000_000_000L ? Precision.US : Precision.NS;
        var nanos = Math.multiplyExact(stamp, p.nanos);
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Reads a line with line protocol's escapes: a backslash makes the next character plain. */
    private static final class Cursor {

        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        void next() {
            at++;
        }

        boolean skip(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean skipSpaces() {
            var start = at;
            while (peek() == ' ' || peek() == '\t') {
                at++;
            }
            return at > start && at < text.length();
        }

        /** Up to an unescaped stop character, or space and tab when {@code orSpace}. */
        String until(String stops, boolean orSpace, boolean keepEscapes) {
            var out = new StringBuilder();
            while (at < text.length()) {
                var c = text.charAt(at);
                if (c == '\\' && at + 1 < text.length()) {
                    if (keepEscapes) {
                        out.append(c);
                    }
                    out.append(text.charAt(at + 1));
                    at += 2;
                    continue;
                }
                if (stops.indexOf(c) >= 0 || (orSpace && (c == ' ' || c == '\t'))) {
                    break;
                }
                out.append(c);
                at++;
            }
            return out.toString();
        }

        String quoted() {
            var start = at;
            at++;
            while (at < text.length() && text.charAt(at) != '"') {
                at += text.charAt(at) == '\\' ? 2 : 1;
            }
            if (at >= text.length()) {
                throw new IllegalArgumentException("unable to parse: a string field has no closing quote");
            }
            at++;
            return text.substring(start, at);
        }

        String rest() {
            return text.substring(at);
        }
    }
}
