package io.alertify.bot.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Anna, Boris, Chen, a week each, handing off on Mondays at 09:00 Berlin time. */
    private static Schedule weekly(ZoneId zone) {
        var rotation = Rotation.of(zone, LocalDateTime.parse("2026-03-02T09:00"), Period.ofWeeks(1),
                List.of("anna", "boris", "chen"));
        return new Schedule("primary", List.of(new Layer("weekly", rotation, List.of())), List.of());
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void aWeeklyRotationHandsOffAtNineOnMondaysOnBothSidesOfTheSpringChange() {
        var schedule = weekly(BERLIN);
        // Berlin moves its clocks from 02:00 to 03:00 on Sunday 29 March 2026.
        assertThat(schedule.onCall(at("2026-03-30T08:59", BERLIN))).get().extracting(Shift::person).isEqualTo("anna");
        var boris = schedule.onCall(at("2026-03-30T09:00", BERLIN)).orElseThrow();

        assertThat(boris.person()).isEqualTo("boris");
        assertThat(boris.until()).isEqualTo(at("2026-04-06T09:00", BERLIN));
        assertThat(schedule.onCall(at("2026-03-23T09:00", BERLIN)).orElseThrow().until())
                .as("the week with the change is an hour shorter, and still ends at 09:00")
                .isEqualTo(at("2026-03-30T09:00", BERLIN));
        assertThat(Duration.between(at("2026-03-23T09:00", BERLIN), at("2026-03-30T09:00", BERLIN)))
                .isEqualTo(Duration.ofHours(7 * 24 - 1));
    }

    @Test
    void theAutumnChangeMakesOneWeekAnHourLongerInBerlinAndNewYork() {
        // Berlin: 25 October 2026, 03:00 back to 02:00. New York: 1 November 2026, 02:00 back to 01:00.
        for (var zone : List.of(BERLIN, NEW_YORK)) {
            var schedule = weekly(zone);
            var monday = zone.equals(BERLIN) ? "2026-10-19T09:00" : "2026-10-26T09:00";
            var shift = schedule.onCall(at(monday, zone)).orElseThrow();
            assertThat(Duration.between(shift.from(), shift.until())).as(zone.getId()).isEqualTo(Duration.ofHours(169));
            assertThat(ZonedDateTime.ofInstant(shift.until(), zone).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        }
    }

    @Test
    void moscowHasNoChangeAndEveryWeekIsTheSame() {
        var schedule = weekly(MOSCOW);
        for (int week = 0; week < 52; week++) {
            var from = at("2026-03-02T09:00", MOSCOW).plus(Duration.ofDays(7L * week));
            var shift = schedule.onCall(from).orElseThrow();
            assertThat(shift.person()).isEqualTo(List.of("anna", "boris", "chen").get(week % 3));
            assertThat(shift.until()).isEqualTo(from.plus(Duration.ofDays(7)));
        }
    }

    @Test
    void aDailyHandOffInsideTheSkippedHourHappensWhenTheClockJumps() {
        var rotation = Rotation.of(BERLIN, LocalDateTime.parse("2026-03-27T02:30"), Period.ofDays(1),
                List.of("anna", "boris"));
        var schedule = new Schedule("night", List.of(new Layer("daily", rotation, List.of())), List.of());

        // 02:30 does not exist on 29 March; the hand-off happens at 03:30 CEST, the same instant Java maps it to.
        assertThat(schedule.onCall(at("2026-03-29T01:59", BERLIN)).orElseThrow().person()).isEqualTo("boris");
        assertThat(schedule.onCall(at("2026-03-29T03:30", BERLIN)).orElseThrow().person()).isEqualTo("anna");
        assertThat(schedule.onCall(at("2026-03-30T02:30", BERLIN)).orElseThrow().person()).isEqualTo("boris");
    }

    @Test
    void aTwelveHourFollowTheSunSplitIsAbsoluteTime() {
        var rotation = Rotation.of(NEW_YORK, LocalDateTime.parse("2026-11-01T00:00"), Duration.ofHours(12),
                List.of("nyc", "sydney"));
        var schedule = new Schedule("sun", List.of(new Layer("split", rotation, List.of())), List.of());

        var start = at("2026-11-01T00:00", NEW_YORK);
        assertThat(schedule.onCall(start.plus(Duration.ofHours(11))).orElseThrow().person()).isEqualTo("nyc");
        assertThat(schedule.onCall(start.plus(Duration.ofHours(12))).orElseThrow().person()).isEqualTo("sydney");
        assertThat(schedule.onCall(start.plus(Duration.ofHours(24))).orElseThrow().person()).isEqualTo("nyc");
    }

    @Test
    void aBusinessHoursLayerOnTopWinsInsideItsHoursAndTheNightLayerElsewhere() {
        var nights = new Layer("24x7", Rotation.of(BERLIN, LocalDateTime.parse("2026-03-02T09:00"), Period.ofWeeks(1),
                List.of("anna", "boris")), List.of());
        var days = new Layer("office", Rotation.of(BERLIN, LocalDateTime.parse("2026-03-02T09:00"), Period.ofDays(1),
                List.of("dana")), List.of(new Restriction(Restriction.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0))));
        var schedule = new Schedule("primary", List.of(nights, days), List.of());

        assertThat(schedule.onCall(at("2026-03-04T10:00", BERLIN)).orElseThrow())
                .isEqualTo(new Shift("dana", at("2026-03-04T10:00", BERLIN), at("2026-03-04T18:00", BERLIN)));
        assertThat(schedule.onCall(at("2026-03-04T19:00", BERLIN)).orElseThrow().person()).isEqualTo("anna");
        assertThat(schedule.onCall(at("2026-03-07T10:00", BERLIN)).orElseThrow().person())
                .as("Saturday is not a weekday").isEqualTo("anna");
        assertThat(schedule.next(at("2026-03-04T19:00", BERLIN)).orElseThrow())
                .isEqualTo(new Shift("dana", at("2026-03-05T09:00", BERLIN), at("2026-03-05T18:00", BERLIN)));
    }

    @Test
    void anOverrideCoversTheAfternoonAndThenTheRotationResumes() {
        var schedule = weekly(BERLIN).withOverride(new ShiftOverride("boris", at("2026-03-03T14:00", BERLIN),
                at("2026-03-03T18:00", BERLIN)));

        assertThat(schedule.onCall(at("2026-03-03T13:59", BERLIN)).orElseThrow())
                .isEqualTo(new Shift("anna", at("2026-03-03T13:59", BERLIN), at("2026-03-03T14:00", BERLIN)));
        assertThat(schedule.onCall(at("2026-03-03T15:00", BERLIN)).orElseThrow().person()).isEqualTo("boris");
        assertThat(schedule.next(at("2026-03-03T15:00", BERLIN)).orElseThrow())
                .isEqualTo(new Shift("anna", at("2026-03-03T18:00", BERLIN), at("2026-03-09T09:00", BERLIN)));
    }

    @Test
    void nobodyIsOnCallBeforeTheRotationStartsOrOutsideEveryRestriction() {
        var office = new Layer("office", Rotation.of(MOSCOW, LocalDateTime.parse("2026-03-02T00:00"), Period.ofDays(1),
                List.of("dana")), List.of(new Restriction(Set.of(DayOfWeek.MONDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))));
        var schedule = new Schedule("nights", List.of(office), List.of());

        assertThat(schedule.onCall(at("2026-03-01T23:00", MOSCOW))).isEmpty();
        assertThat(schedule.onCall(at("2026-03-02T21:59", MOSCOW))).isEmpty();
        assertThat(schedule.onCall(at("2026-03-03T05:59", MOSCOW)).orElseThrow().person())
                .as("Monday's window runs past midnight").isEqualTo("dana");
        assertThat(schedule.next(at("2026-03-03T07:00", MOSCOW)).orElseThrow().from())
                .isEqualTo(at("2026-03-09T22:00", MOSCOW));
    }
}
