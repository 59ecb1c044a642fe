package io.alertify.pipeline.detect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamp forms found in metric exports: {@code YYYY-MM-DD HH:MM:SS[.fff]} (NAB,
 * no zone, read as UTC), ISO-8601 with {@code T} and optional offset or {@code Z}, and epoch
 * seconds or milliseconds (a number above 10^11 is taken as milliseconds: 10^11 seconds is
 * the year 5138, 10^11 milliseconds is 1973).
 */
public final class Timestamps {

    private static final double MILLIS_THRESHOLD = 1e11;

    private Timestamps() {
    }

    /** Epoch seconds or milliseconds, told apart by size (1e11 ms is 1973; 1e11 s is year 5138). */
    public static long epochMillis(double epoch) {
        return Math.abs(epoch) >= MILLIS_THRESHOLD ? Math.round(epoch) : Math.round(epoch * 1000.0);
    }

    public static long parseMillis(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        char c = s.charAt(0);
        if (Character.isDigit(c) && s.length() >= 10 && s.charAt(4) == '-') {
            return parseDateTime(s);
        }
        try {
            double epoch = Double.parseDouble(s);
            return epochMillis(epoch);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unrecognised timestamp: " + text);
        }
    }

    private static long parseDateTime(String s) {
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            if (iso.length() == 10) {
                return LocalDateTime.parse(iso + "T00:00:00").toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (iso.endsWith("Z") || hasOffset(iso)) {
                return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unrecognised timestamp: " + s, e);
        }
    }

    private static boolean hasOffset(String iso) {
        int t = iso.indexOf('T');
        return t > 0 && (iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0);
    }

}
