package io.alertify.bot.ascode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.escalation.PolicyStore;
import io.alertify.bot.people.PeopleStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The on-call setup as one YAML document: exported, applied, and a wrong one applied not at all. */
@BotCoreTest
class ConfigurationControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleStore people;

    @Autowired
    PolicyStore policies;

    private String export() throws Exception {
        return mvc.perform(get("/config")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theExportIsWhatApplicationYmlTakesAndApplyingItAgainChangesNothing() throws Exception {
        var exported = export();
        assertThat(exported).startsWith("---\nalertify:").contains("id: \"esc-anna\"").contains("name: \"test-policy\"")
                .contains("on_call: \"esc-primary\"").contains("wait: \"PT5M\"").contains("services:\n");

        mvc.perform(put("/config").contentType("application/yaml").content(exported)).andExpect(status().isOk());

        assertThat(export()).isEqualTo(exported);
    }

    @Test
    void aDocumentAddsPeopleAndPolicies() throws Exception {
        mvc.perform(put("/config").contentType("application/yaml").content("""
                alertify:
                  people:
                    - { id: ascode-dana, name: Dana, role: engineer, time_zone: America/New_York, locale: en,
                        email: dana@example.com }
                  escalation:
                    policies:
                      - name: ascode-policy
                        repeats: 2
                        steps:
                          - people: [ascode-dana]
                          - wait: PT10M
                          - round_robin: [esc-anna, esc-boris]
                """)).andExpect(status().isOk());

        assertThat(people.find("ascode-dana")).hasValueSatisfying(p -> assertThat(p.email()).isEqualTo("dana@example.com"));
        assertThat(policies.policy("ascode-policy")).hasValueSatisfying(p -> assertThat(p.steps()).hasSize(3));
    }

    @Test
    void aMistakeNamesItsPlaceAndNothingOfTheDocumentIsApplied() throws Exception {
        mvc.perform(put("/config").contentType("application/yaml").content("""
                alertify:
                  people:
                    - { id: ascode-never, role: engineer, time_zone: Europe/Berlin, locale: en }
                  escalation:
                    policies:
                      - name: ascode-broken
                        steps:
                          - { wait: PT5M, people: [esc-anna] }
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alertify.escalation.policies[0]"));

        assertThat(people.find("ascode-never")).isEmpty();
        mvc.perform(put("/config").contentType("application/yaml").content("alertify: [not, a, map"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
    }
}
