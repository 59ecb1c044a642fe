package io.alertify.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.testing.RecordingNotifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@BotCoreTest
class TestIncidentControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingNotifier slackNotifier;

    @Test
    void opensATestIncidentThatReachesChatLikeARealOne() throws Exception {
        var response = mvc.perform(post("/incidents/test").principal(() -> "alice")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"payments\",\"severity\":\"critical\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.service").value("payments"))
                .andExpect(jsonPath("$.severity").value("critical"))
                .andExpect(jsonPath("$.status").value("triggered"))
                .andExpect(jsonPath("$.summary").value("Test incident opened by alice"))
                .andExpect(jsonPath("$.timeline[0].kind").value("opened"))
                .andReturn().getResponse();
        var id = JsonMapper.shared().readTree(response.getContentAsString()).get("id").asLong();

        assertThat(response.getHeader("Location")).isEqualTo("/incidents/" + id);
        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "post")).hasSize(2));
    }

    @Test
    void withoutABodyItIsAWarningOfAlertifyTest() throws Exception {
        mvc.perform(post("/incidents/test"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.service").value("alertify-test"))
                .andExpect(jsonPath("$.severity").value("warning"));
    }

    @Test
    void aBadSeverityIsNamed() throws Exception {
        mvc.perform(post("/incidents/test").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":\"apocalyptic\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("severity"))
                .andExpect(jsonPath("$.detail").value(
                        "severity: unknown severity 'apocalyptic'; expected one of critical, error, warning, info"));
    }
}
