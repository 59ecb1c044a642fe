package io.alertify.bot.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OnCallPropertiesTest {

    /** Property names and values, alternating, as they would stand in application.yml. */
    private static OnCallProperties bind(String... namesAndValues) {
        var yaml = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            yaml.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(yaml)).bind("alertify.oncall", OnCallProperties.class)
                .orElseGet(() -> new OnCallProperties(null));
    }

    @Test
    void aWeeklyRotationWithABusinessHoursLayerReadsAsWritten() {
        var schedules = bind(
                "alertify.oncall.schedules[0].name", "primary",
                "alertify.oncall.schedules[0].layers[0].zone", "Europe/Berlin",
                "alertify.oncall.schedules[0].layers[0].start", "2026-03-02T09:00",
                "alertify.oncall.schedules[0].layers[0].shift", "P7D",
                "alertify.oncall.schedules[0].layers[0].people", "anna,boris",
                "alertify.oncall.schedules[0].layers[1].zone", "Europe/Berlin",
                "alertify.oncall.schedules[0].layers[1].start", "2026-03-02T09:00",
                "alertify.oncall.schedules[0].layers[1].shift", "P1D",
                "alertify.oncall.schedules[0].layers[1].people", "dana",
                "alertify.oncall.schedules[0].layers[1].restrictions[0].from", "09:00",
                "alertify.oncall.schedules[0].layers[1].restrictions[0].to", "18:00").toSchedules();

        var berlin = ZoneId.of("Europe/Berlin");
        var schedule = schedules.getFirst();
        assertThat(schedule.onCall(LocalDateTime.parse("2026-03-04T10:00").atZone(berlin).toInstant()))
                .get().extracting(Shift::person).isEqualTo("dana");
        assertThat(schedule.onCall(LocalDateTime.parse("2026-03-11T20:00").atZone(berlin).toInstant()))
                .get().extracting(Shift::person).isEqualTo("boris");
    }

    @Test
    void aMistakeIsNamedByWhereItIs() {
        assertThatThrownBy(() -> bind(
                "alertify.oncall.schedules[0].name", "primary",
                "alertify.oncall.schedules[0].layers[0].zone", "Europe/Berlinn",
                "alertify.oncall.schedules[0].layers[0].start", "2026-03-02T09:00",
                "alertify.oncall.schedules[0].layers[0].shift", "P7D",
                "alertify.oncall.schedules[0].layers[0].people", "anna").toSchedules())
                .hasMessageStartingWith("alertify.oncall.schedules[0].layers[0]: Unknown time-zone ID: Europe/Berlinn");
        assertThatThrownBy(() -> bind(
                "alertify.oncall.schedules[0].name", "primary",
                "alertify.oncall.schedules[0].layers[0].zone", "UTC",
                "alertify.oncall.schedules[0].layers[0].start", "2026-03-02T09:00",
                "alertify.oncall.schedules[0].layers[0].shift", "P1M",
                "alertify.oncall.schedules[0].layers[0].people", "anna").toSchedules())
                .hasMessageContaining("a shift length is days or weeks (P1D, P7D) or hours (PT12H), not P1M");
    }
}
