package io.alertify.bot.oncall;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class OnCallControllerTest {

    @Test
    void answersWhoIsOnCallNowAndNextPerSchedule() throws Exception {
        var rotation = Rotation.of(ZoneId.of("Europe/Moscow"), LocalDateTime.parse("2026-12-01T10:00"),
                Period.ofWeeks(1), List.of("anna", "boris"));
        var primary = new Schedule("primary", List.of(new Layer("weekly", rotation, List.of())), List.of());
        var clock = Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);
        var mvc = MockMvcBuilders.standaloneSetup(new OnCallController(new OnCallSchedules(List.of(primary), java.util.Map.of(), null, clock), clock)).build();

        mvc.perform(get("/oncall")).andExpect(status().isOk()).andExpect(content().json("""
                [{"schedule":"primary",
                  "now":{"person":"anna","until":"2026-12-08T07:00:00Z"},
                  "next":{"person":"boris","from":"2026-12-08T07:00:00Z","until":"2026-12-15T07:00:00Z"}}]""", true));
    }
}
