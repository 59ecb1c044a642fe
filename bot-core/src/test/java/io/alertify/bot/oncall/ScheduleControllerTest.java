package io.alertify.bot.oncall;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Overrides of esc-primary (esc-anna, always) through the API: an engineer may take a shift or hand their
 * own over; anything else is an admin's. (deploy's security lets only engineers and admins in at all.)
 */
@BotCoreTest
class ScheduleControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnCallSchedules schedules;

    /** An API caller as deploy's security makes them: a principal named after their client, and a role. */
    private static RequestPostProcessor caller(String name, String role) {
        return request -> {
            request.setUserPrincipal(() -> name);
            request.addUserRole(role);
            return request;
        };
    }

    private static String override(String person, Instant from, Instant until) {
        return """
                {"person":"%s","from":"%s","until":"%s"}""".formatted(person, from, until);
    }

    @Test
    void anEngineerHandsTheirShiftOverAndTheSchedulesSayWhoCoversIt() throws Exception {
        var from = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        var until = from.plus(Duration.ofHours(4));

        var created = mvc.perform(post("/schedules/esc-primary/overrides").with(caller("esc-anna", "ENGINEER"))
                        .contentType(MediaType.APPLICATION_JSON).content(override("esc-boris", from, until)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created_by").value("esc-anna"))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(get("/schedules/esc-primary/shifts").param("from", from.minus(Duration.ofHours(1)).toString())
                        .param("days", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].person").value("esc-anna"))
                .andExpect(jsonPath("$[1].person").value("esc-boris"))
                .andExpect(jsonPath("$[1].from").value(from.toString()))
                .andExpect(jsonPath("$[1].until").value(until.toString()))
                .andExpect(jsonPath("$[2].person").value("esc-anna"));

        var id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
        mvc.perform(delete("/schedules/esc-primary/overrides/" + id).with(caller("esc-boris", "ENGINEER")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/schedules/esc-primary/overrides/" + id).with(caller("esc-anna", "ENGINEER")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/schedules/esc-primary/overrides")).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void anEngineerCannotHandOverSomeoneElsesShiftButAnAdminCan() throws Exception {
        var from = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        var body = override("esc-boris", from, from.plus(Duration.ofHours(2)));

        mvc.perform(post("/schedules/esc-primary/overrides").with(caller("engineer", "ENGINEER"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("person"));
        mvc.perform(post("/schedules/esc-primary/overrides").with(caller("admin", "ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void mistakesAreNamed() throws Exception {
        var from = Instant.now().plus(Duration.ofDays(1));
        mvc.perform(post("/schedules/nope/overrides").with(caller("admin", "ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(override("esc-boris", from, from.plusSeconds(60))))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/schedules/esc-primary/overrides").with(caller("admin", "ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(override("nobody", from, from.plusSeconds(60))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("person"));
        mvc.perform(post("/schedules/esc-primary/overrides").with(caller("admin", "ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(override("esc-boris", from, from)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("until"));
        mvc.perform(get("/schedules/esc-primary/shifts").param("days", "400"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
    }
}
