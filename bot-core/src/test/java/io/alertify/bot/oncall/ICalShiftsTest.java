package io.alertify.bot.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalShiftsTest {

    /** A weekly shift as PagerDuty exports it, in Berlin time, and a one-off cover in UTC. */
    private static final String FEED = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//PagerDuty//On-call Schedule//EN\r
            BEGIN:VTIMEZONE\r
            TZID:Europe/Berlin\r
            BEGIN:STANDARD\r
            DTSTART:19701025T030000\r
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0100\r
            END:STANDARD\r
            BEGIN:DAYLIGHT\r
            DTSTART:19700329T020000\r
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
            TZOFFSETFROM:+0100\r
            TZOFFSETTO:+0200\r
            END:DAYLIGHT\r
            END:VTIMEZONE\r
            BEGIN:VEVENT\r
            UID:primary-anna\r
            DTSTAMP:20260301T000000Z\r
            DTSTART;TZID=Europe/Berlin:20260316T090000\r
            DTEND;TZID=Europe/Berlin:20260323T090000\r
            RRULE:FREQ=WEEKLY;INTERVAL=2\r
            SUMMARY:On Call - Anna Petrova - Primary\r
            ATTENDEE;CN=Anna Petrova:mailto:anna@example.com\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:cover-boris\r
            DTSTAMP:20260301T000000Z\r
            DTSTART:20260324T130000Z\r
            DTEND:20260324T170000Z\r
            SUMMARY:boris\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    @Test
    void readsRecurringShiftsInTheirZoneAcrossTheSpringChangeAndOneOffCovers() throws IOException {
        var shifts = ICalShifts.read(new StringReader(FEED), berlin("2026-03-20T00:00"), berlin("2026-04-25T00:00"));

        assertThat(shifts).as("every other Monday at 09:00 Berlin time, before and after the clocks move").containsExactly(
                new ShiftOverride("anna@example.com", berlin("2026-03-16T09:00"), berlin("2026-03-23T09:00")),
                new ShiftOverride("boris", Instant.parse("2026-03-24T13:00:00Z"), Instant.parse("2026-03-24T17:00:00Z")),
                new ShiftOverride("anna@example.com", berlin("2026-03-30T09:00"), berlin("2026-04-06T09:00")),
                new ShiftOverride("anna@example.com", berlin("2026-04-13T09:00"), berlin("2026-04-20T09:00")));
    }

    @Test
    void anImportedFeedIsAScheduleOfItsOwn() throws IOException {
        var shifts = ICalShifts.read(new StringReader(FEED), berlin("2026-03-20T00:00"), berlin("2026-04-25T00:00"));
        var schedule = new Schedule("pagerduty", List.of(), shifts);

        assertThat(schedule.onCall(Instant.parse("2026-03-24T14:00:00Z"))).get().extracting(Shift::person)
                .as("the later event, the cover, wins").isEqualTo("boris");
        assertThat(schedule.onCall(berlin("2026-03-26T12:00"))).as("anna's off week").isEmpty();
        assertThat(schedule.next(berlin("2026-03-26T12:00"))).get().extracting(Shift::from)
                .isEqualTo(berlin("2026-03-30T09:00"));
    }

    @Test
    void somethingThatIsNoCalendarIsSaidSo() {
        assertThatThrownBy(() -> ICalShifts.read(new StringReader("<html>login</html>"), Instant.EPOCH, Instant.now()))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not an iCalendar feed (RFC 5545)");
    }
}
