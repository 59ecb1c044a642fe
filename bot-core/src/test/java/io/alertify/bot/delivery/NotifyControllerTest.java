package io.alertify.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.testing.RecordingNotifier;
import io.alertify.bot.testing.RecordingNotifier.Call;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@BotCoreTest
class NotifyControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    RecordingNotifier slackNotifier;

    private long open(String severity) {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, severity, "svc-" + key.substring(0, 8), UUID.randomUUID().toString()));
        return incidents.findActive(key).orElseThrow().id();
    }

    private ResultActions notify(String body) throws Exception {
        return mvc.perform(post("/notify").principal(() -> "alice").contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aMessageGoesToTheThreadsOfTheIncidentsCardsOnThatChannel() throws Exception {
        var id = open("critical");
        await().until(() -> slackNotifier.calls(id, "post").size() == 2);

        notify("{\"incident_id\": %d, \"channel\": \"slack\", \"message\": \"Rolling back to 1.4.2\"}".formatted(id))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("sent"))
                .andExpect(jsonPath("$.destinations").value(containsInAnyOrder("slack:C-ONCALL", "slack:C-RU")));

        await().untilAsserted(() -> assertThat(slackNotifier.calls(id, "say")).extracting(Call::text)
                .containsExactly("Rolling back to 1.4.2", "Rolling back to 1.4.2"));
        assertThat(incidents.find(id).orElseThrow().timeline()).last().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(TimelineKind.MESSAGE);
            assertThat(line.actor()).isEqualTo("alice");
            assertThat(line.text()).isEqualTo("Rolling back to 1.4.2");
        });
    }

    @Test
    void withoutCardsOnThatChannelItGoesToTheChannelsConfiguredDestinations() throws Exception {
        var id = open("warning");

        notify("{\"incident_id\": %d, \"channel\": \"slack\", \"message\": \"FYI\"}".formatted(id))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.destinations").value(containsInAnyOrder("slack:C-ONCALL", "slack:C-RU")));
    }

    @Test
    void aChannelWhoseNotifierRunsElsewhereStillQueuesTheMessage() throws Exception {
        var id = open("critical");

        notify("{\"incident_id\": %d, \"channel\": \"telegram\", \"message\": \"hi\"}".formatted(id))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.destinations").value(org.hamcrest.Matchers.hasItem("telegram:-100200300")));
    }

    @Test
    void anUnknownIncidentIsNotFound() throws Exception {
        notify("{\"incident_id\": 987654321, \"channel\": \"slack\", \"message\": \"hi\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"incident_id\": 1, \"channel\": \"pigeon\", \"message\": \"hi\"}|channel|channel: unknown channel 'pigeon'; expected slack, telegram or email",
            "{\"channel\": \"slack\", \"message\": \"hi\"}|incident_id|incident_id: is required",
            "{\"incident_id\": 1, \"message\": \"hi\"}|channel|channel: channel is missing; expected slack, telegram or email",
            "{\"incident_id\": 1, \"channel\": \"slack\", \"message\": \" \"}|message|message: is required",
            "{\"incident_id\": \"one\", \"channel\": \"slack\", \"message\": \"hi\"}|incident_id|incident_id: has the wrong type"})
    void aBadFieldIsNamed(String body, String field, String detail) throws Exception {
        notify(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
