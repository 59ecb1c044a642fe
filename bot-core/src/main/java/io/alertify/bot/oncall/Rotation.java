package io.alertify.bot.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * People taking turns: the first from {@code start}, the next one a {@code length} later, and so on round
 * the list. A length in days or weeks ({@code P1D}, {@code P7D}) hands off at the same wall-clock time
 * in the rotation's zone whatever daylight saving does, as people expect ("Mondays at 09:00"); a
 * length in hours ({@code PT12H}) is absolute time, as a follow-the-sun split is.
 *
 * @param start  when the first person's first shift begins, in {@code zone}
 * @param days   the length of a shift in whole days, or zero when {@code hours} gives it
 * @param hours  the length of a shift in absolute time, when {@code days} is zero
 * @param people who takes turns, in order; a name may appear twice for a double shift
 */
public record Rotation(ZoneId zone, LocalDateTime start, int days, Duration hours, List<String> people) {

    public Rotation {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs at least one person");
        }
        if (days < 0 || (days == 0 && (hours == null || hours.compareTo(Duration.ofMinutes(1)) < 0))) {
            throw new IllegalArgumentException("a shift lasts whole days, or at least a minute of hours");
        }
        if (days > 0) {
            hours = null;
        }
    }

    /** A shift of {@code length}: a Period of days or weeks, or a Duration. */
    public static Rotation of(ZoneId zone, LocalDateTime start, Object length, List<String> people) {
        return switch (length) {
            case Period period when period.toTotalMonths() == 0 && period.getDays() > 0 ->
                    new Rotation(zone, start, period.getDays(), null, people);
            case Duration duration -> new Rotation(zone, start, 0, duration, people);
            default -> throw new IllegalArgumentException("a shift length is days or weeks (P1D, P7D) or hours "
                    + "(PT12H), not " + length);
        };
    }

    /** The shift running at {@code at}, or empty before the rotation starts. */
    public Optional<Shift> shiftAt(Instant at) {
        var first = start.atZone(zone).toInstant();
        if (at.isBefore(first)) {
            return Optional.empty();
        }
        long index;
        if (days > 0) {
            var local = LocalDateTime.ofInstant(at, zone);
            index = ChronoUnit.DAYS.between(start, local) / days;
            // DAYS.between counts whole 24-hour local days; near a gap or an overlap, step to the right shift
            while (index > 0 && startOf(index).isAfter(at)) {
                index--;
            }
            while (!startOf(index + 1).isAfter(at)) {
                index++;
            }
        } else {
            index = Duration.between(first, at).dividedBy(hours);
        }
        return Optional.of(new Shift(people.get((int) (index % people.size())), startOf(index), startOf(index + 1)));
    }

    /** When shift {@code index} begins. */
    Instant startOf(long index) {
        if (days > 0) {
            return start.plusDays(index * days).atZone(zone).toInstant();
        }
        return start.atZone(zone).toInstant().plus(hours.multipliedBy(index));
    }
}
