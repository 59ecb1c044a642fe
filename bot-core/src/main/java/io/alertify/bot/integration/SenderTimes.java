package io.alertify.bot.integration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Times as senders write them: RFC 3339 ({@code 2026-12-04T06:00:00Z}, Alertmanager, Grafana) and the
 * offset without a colon PagerDuty's own examples use ({@code 2015-07-17T08:42:58.315+0000}).
 */
final class SenderTimes {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private SenderTimes() {
    }

    /** @throws DateTimeParseException when it is no time with an offset */
    static Instant parse(String text) {
        return OffsetDateTime.parse(text.strip(), LENIENT).toInstant();
    }
}
