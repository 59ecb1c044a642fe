package io.alertify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.pipeline.bus.InMemoryIngestBus;
import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.processor.SampleProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The collector role as deploy imports it, in Boot's real MVC setup. */
@WebMvcTest
@ContextConfiguration(classes = CollectorConfiguration.class)
class CollectorConfigurationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestBus bus;
    @Autowired
    ApplicationContext context;

    @Test
    void postMetricsPutsTheSamplesOnTheBus() throws Exception {
        int before = ((InMemoryIngestBus) bus).pending();

        mvc.perform(post("/metrics").contentType(MediaType.APPLICATION_JSON).content("""
                        {"service_id":"checkout","timestamp":"2026-11-25T06:00:00Z","metrics":{"latency":730,"error_rate":0.02},
                         "labels": {"namespace":"shop","pod":"checkout-7d9f"}}"""))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"received\"}", true));

        assertThat(((InMemoryIngestBus) bus).pending()).isEqualTo(before + 2);
    }

    @Test
    void aBadBodyIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/metrics").contentType(MediaType.APPLICATION_JSON).content("{\"metrics\":{\"latency\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("service_id"));
    }

    @Test
    void aClientThatForgetsTheContentTypeIsStillUnderstood() throws Exception {
        mvc.perform(post("/metrics").content("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":1}}"))
                .andExpect(status().isOk());
    }

    @Test
    void theCollectorRoleRunsNoProcessor() {
        assertThat(context.getBeanNamesForType(SampleProcessor.class)).isEmpty();
    }
}
