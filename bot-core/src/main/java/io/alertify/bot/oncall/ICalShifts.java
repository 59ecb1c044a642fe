package io.alertify.bot.oncall;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Shifts from an iCalendar feed (RFC 5545), as PagerDuty and Grafana OnCall export a schedule: each
 * event is a shift of the person it names (its attendee's address, else its summary), recurring as its
 * {@code RRULE} says, in the zones its {@code TZID}s give. Read with ical4j; nothing of the format is
 * parsed here.
 */
public final class ICalShifts {

    private ICalShifts() {
    }

    /** The shifts that overlap {@code from} to {@code until}, in time order. */
    public static List<ShiftOverride> read(Reader ics, Instant from, Instant until) throws IOException {
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(ics);
        } catch (ParserException e) {
            throw new IOException("not an iCalendar feed (RFC 5545): " + e.getMessage(), e);
        }
        // ZonedDateTime, not Instant: recurrence rules step in weeks and months, which an Instant cannot
        var window = new Period<>(from.atZone(ZoneOffset.UTC), until.atZone(ZoneOffset.UTC));
        var shifts = new ArrayList<ShiftOverride>();
        for (var component : calendar.getComponents()) {
            if (!(component instanceof VEvent event)) {
                continue;
            }
            var person = personOf(event);
            if (person == null) {
                continue;
            }
            for (Period<Temporal> period : event.<Temporal>calculateRecurrenceSet(window)) {
                var start = instant(period.getStart());
                var end = instant(period.getEnd());
                if (end.isAfter(start)) {
                    shifts.add(new ShiftOverride(person, start, end));
                }
            }
        }
        shifts.sort(Comparator.comparing(ShiftOverride::from));
        return List.copyOf(shifts);
    }

    /** The attendee's address without {@code mailto:}, else the summary; null for an event naming nobody. */
    private static String personOf(VEvent event) {
        var attendee = event.getProperty(Property.ATTENDEE).map(Property::getValue).orElse(null);
        if (attendee != null && !attendee.isBlank()) {
            var value = attendee.strip();
            return value.toLowerCase(Locale.ROOT).startsWith("mailto:") ? value.substring(7) : value;
        }
        var summary = event.getSummary();
        return summary == null || summary.getValue().isBlank() ? null : summary.getValue().strip();
    }

    /** Floating times and dates are read as UTC, the only zone a feed without a TZID agrees on. */
    private static Instant instant(Temporal temporal) {
        return switch (temporal) {
            case Instant instant -> instant;
            case ZonedDateTime zoned -> zoned.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
            default -> Instant.from(temporal);
        };
    }
}
