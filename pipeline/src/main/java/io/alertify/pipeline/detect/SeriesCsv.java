package io.alertify.pipeline.detect;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code timestamp,value} CSV files and writes {@code timestamp,value,anomaly_score} results
 * with the original timestamp and value text, so results line up row by row with the input.
 */
public final class SeriesCsv {

    /** One input row; the raw texts are echoed unchanged into the results. */
    public record Row(String timestampText, String valueText, long timestampMillis, double value) {
    }

    private SeriesCsv() {
    }

    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                return rows;
            }
            String[] names = header.replace("\uFEFF", "").split(",", -1);
            int ts = indexOf(names, "timestamp", 0);
            int val = indexOf(names, "value", 1);
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length <= Math.max(ts, val)) {
                    throw new IOException(file + ":" + lineNo + ": expected at least " + (Math.max(ts, val) + 1) + " columns");
                }
                String t = cells[ts].strip();
                String v = cells[val].strip();
                double value = v.isEmpty() ? Double.NaN : parseValue(file, lineNo, v);
                long millis;
                try {
                    millis = Timestamps.parseMillis(t);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
                rows.add(new Row(t, v, millis, value));
            }
        }
        return rows;
    }

    private static double parseValue(Path file, int lineNo, String v) throws IOException {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + lineNo + ": bad value '" + v + "'", e);
        }
    }

    private static int indexOf(String[] names, String wanted, int fallback) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return fallback;
    }

    public static void writeScores(Path file, List<Row> rows, double[] scores) throws IOException {
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("timestamp,value,anomaly_score\n");
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                sb.setLength(0);
                sb.append(r.timestampText()).append(',').append(r.valueText()).append(',').append(scores[i]).append('\n');
                out.write(sb.toString());
            }
        }
    }
}
