package io.alertify.bot.oncall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a layer applies, in its zone: {@code from} to {@code to} on each of {@code days}
 * ("weekdays 09:00-18:00"). A window whose {@code to} is not after {@code from} runs past midnight
 * into the next day ("22:00-06:00").
 */
public record Restriction(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public Restriction {
        days = Set.copyOf(days);
        if (days.isEmpty() || from.equals(to)) {
            throw new IllegalArgumentException("a restriction needs days and a window that is not empty");
        }
    }

    boolean covers(Instant at, ZoneId zone) {
        return windowsAround(at, zone).anyMatch(window -> !at.isBefore(window[0]) && at.isBefore(window[1]));
    }

    /** Where windows begin and end after {@code at}, within the next week. */
    Stream<Instant> edgesAfter(Instant at, ZoneId zone) {
        return windowsAround(at, zone).flatMap(Stream::of).filter(edge -> edge.isAfter(at));
    }

    /** The windows that begin from the day before {@code at} to a week after it, as [begin, end). */
    private Stream<Instant[]> windowsAround(Instant at, ZoneId zone) {
        var today = LocalDate.ofInstant(at, zone);
        return Stream.iterate(today.minusDays(1), day -> day.plusDays(1)).limit(9)
                .filter(day -> days.contains(day.getDayOfWeek()))
                .map(day -> new Instant[] {day.atTime(from).atZone(zone).toInstant(),
                        (to.isAfter(from) ? day : day.plusDays(1)).atTime(to).atZone(zone).toInstant()});
    }
}
