package io.alertify.bot.routing;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.testing.IncidentEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Saves only Telegram subscriptions: the test application has no Telegram notifier, so routing is unaffected. */
@BotCoreTest
class SubscriptionControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsConfiguredDestinations() throws Exception {
        mvc.perform(get("/subscriptions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.channel == 'slack' && @.address == 'C-ONCALL')].severities[*]")
                        .value(contains("critical", "error")))
                .andExpect(jsonPath("$[?(@.channel == 'slack' && @.address == 'C-RU')].locale").value(contains("ru")));
    }

    @Test
    void savesASubscriptionAndListsIt() throws Exception {
        var address = "-" + IncidentEvents.newKey();

        mvc.perform(put("/subscriptions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "telegram", "address": "%s", "severities": ["error", "critical"], "locale": "ru"}
                        """.formatted(address)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("telegram"))
                .andExpect(jsonPath("$.severities").value(contains("critical", "error")))
                .andExpect(jsonPath("$.locale").value("ru"));

        mvc.perform(get("/subscriptions"))
                .andExpect(jsonPath("$[?(@.address == '%s')].severities[*]", address).value(contains("critical", "error")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"channel\": \"pigeon\", \"address\": \"x\", \"severities\": []}|channel",
            "{\"channel\": \"telegram\", \"severities\": []}|address",
            "{\"channel\": \"telegram\", \"address\": \"x\"}|severities",
            "{\"channel\": \"telegram\", \"address\": \"x\", \"severities\": [\"fatal\"]}|severities",
            "{\"channel\": \"telegram\", \"address\": \"x\", \"severities\": [], \"locale\": \"de\"}|locale",
            "{\"channel\": \"telegram\", \"address\": \"x\", \"severities\": \"critical\"}|severities",
            "not json|body"})
    void aBadFieldIsNamed(String body, String field) throws Exception {
        mvc.perform(put("/subscriptions").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
