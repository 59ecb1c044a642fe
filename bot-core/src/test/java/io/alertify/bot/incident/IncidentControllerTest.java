package io.alertify.bot.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.testing.IncidentEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@BotCoreTest
class IncidentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    private long open() {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key));
        return incidents.findActive(key).orElseThrow().id();
    }

    @Test
    void listsActiveIncidentsInTheSeedShape() throws Exception {
        var id = open();
        var resolved = open();
        incidents.resolve(resolved, "Alice");

        var body = mvc.perform(get("/incidents"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[?(@.id == %d)].service", id).value(contains("checkout")))
                .andExpect(jsonPath("$[?(@.id == %d)].severity", id).value(contains("critical")))
                .andExpect(jsonPath("$[?(@.id == %d)].status", id).value(contains("triggered")))
                .andExpect(jsonPath("$[?(@.id == %d)].timestamp", id).value(contains("2026-11-25T06:00:00Z")))
                .andExpect(jsonPath("$[?(@.id == %d)]", resolved).isEmpty())
                .andReturn().getResponse().getContentAsString();

        var first = JsonMapper.shared().readTree(body).get(0);
        assertThat(first.propertyNames()).containsExactly("id", "service", "severity", "status", "timestamp");
    }

    @Test
    void showsOneIncidentWithItsDetailsAndTimeline() throws Exception {
        var id = open();

        mvc.perform(get("/incidents/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.service").value("checkout"))
                .andExpect(jsonPath("$.severity").value("critical"))
                .andExpect(jsonPath("$.status").value("triggered"))
                .andExpect(jsonPath("$.timestamp").value("2026-11-25T06:00:00Z"))
                .andExpect(jsonPath("$.title").value("latency > 500 for 3 samples"))
                .andExpect(jsonPath("$.summary").value("latency > 500 for 3 samples (last 730)"))
                .andExpect(jsonPath("$.labels.pod").value("checkout-7d9f"))
                .andExpect(jsonPath("$.evidence.series[0].metric").value("latency"))
                .andExpect(jsonPath("$.evidence.series[0].points[5].v").value(730.0))
                .andExpect(jsonPath("$.acknowledged_by").value(nullValue()))
                .andExpect(jsonPath("$.resolved_at").value(nullValue()))
                .andExpect(jsonPath("$.timeline[0].at").value("2026-11-25T06:00:00Z"))
                .andExpect(jsonPath("$.timeline[0].kind").value("opened"))
                .andExpect(jsonPath("$.timeline[0].actor").value("alertify-pipeline"))
                .andExpect(jsonPath("$.timeline[0].text").value("latency > 500 for 3 samples (last 730)"));
    }

    @Test
    void anUnknownIncidentIsAProblem() throws Exception {
        mvc.perform(get("/incidents/{id}", 987_654_321L))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Incident not found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("id: no incident 987654321"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void anIdThatIsNotANumberIsNamed() throws Exception {
        mvc.perform(get("/incidents/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
