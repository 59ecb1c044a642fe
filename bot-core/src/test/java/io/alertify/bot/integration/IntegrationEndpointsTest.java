package io.alertify.bot.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Senders' payloads as their documentation shows them (test resources integrations/*.json: Grafana's and
 * PagerDuty's own examples, an Alertmanager v4 webhook), posted to an integration's URL.
 */
@BotCoreTest
class IntegrationEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntegrationStore integrations;

    @Autowired
    IncidentService incidents;

    @Autowired
    CardRenderer cards;

    private IntegrationSpec integration(String kind, Map<String, String> mapping) {
        var name = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        return integrations.put(new IntegrationSpec(name, kind, null, null, null, Map.of("team", "payments"), mapping));
    }

    private static String resource(String name) throws Exception {
        try (var in = IntegrationEndpointsTest.class.getResourceAsStream("/integrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private org.springframework.test.web.servlet.ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private IncidentSnapshot active(IntegrationSpec integration, String key) {
        return incidents.findActive(integration.name() + ":" + key).orElseThrow();
    }

    @Test
    void anAlertmanagerWebhookOpensAnIncidentPerAlertAndItsResolveClosesIt() throws Exception {
        var prometheus = integration("alertmanager", null);
        var url = "/integrations/v1/alertmanager/" + prometheus.key();
        var firing = resource("alertmanager-firing.json").replace("FINGERPRINT", prometheus.name());

        send(url, firing).andExpect(status().isOk()).andExpect(jsonPath("$.alerts").value(2));

        var web1 = active(prometheus, prometheus.name() + "-1");
        assertThat(web1.service()).isEqualTo("checkout");
        assertThat(web1.severity()).as("severity=page").isEqualTo(Severity.CRITICAL);
        assertThat(web1.title()).isEqualTo("checkout p99 latency above 500 ms");
        assertThat(web1.labels()).containsEntry("instance", "web-1:8080").containsEntry("team", "payments");
        var card = cards.render(web1, Locale.ENGLISH);
        assertThat(card.fields()).extracting(f -> f.label() + ": " + f.value()).contains(
                "Description: p99 latency of checkout on web-1 has been 730 ms for 5 minutes",
                "Runbook: https://runbooks.example.com/checkout/high-latency",
                "Source: http://prometheus.example.com:9090/graph?g0.expr=latency_p99+%3E+500");

        // Alertmanager repeats a firing alert every repeat_interval: the same event, taken once
        var timeline = web1.timeline().size();
        send(url, firing).andExpect(status().isOk());
        assertThat(incidents.find(web1.id()).orElseThrow().timeline()).hasSize(timeline);

        var resolved = firing.replace("\"status\": \"firing\"", "\"status\": \"resolved\"")
                .replace("\"endsAt\": \"0001-01-01T00:00:00Z\"", "\"endsAt\": \"2026-12-04T06:20:00Z\"");
        send(url, resolved).andExpect(status().isOk());
        assertThat(incidents.find(web1.id()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void aPayloadThatCannotBeReadNamesTheAlertAndTheFieldAndAnUnknownKeyIsNotFound() throws Exception {
        var prometheus = integration("alertmanager", null);
        var url = "/integrations/v1/alertmanager/" + prometheus.key();
        var bad = resource("alertmanager-firing.json").replace("FINGERPRINT", prometheus.name())
                .replaceFirst("\"status\": \"firing\",\n      \"labels\": \\{ \"alertname\": \"HighLatency\", \"service\": \"checkout\", \"severity\": \"page\", \"instance\": \"web-2",
                        "\"status\": \"burning\",\n      \"labels\": { \"alertname\": \"HighLatency\", \"service\": \"checkout\", \"severity\": \"page\", \"instance\": \"web-2");

        send(url, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alerts[1].status"));
        assertThat(incidents.findActive(prometheus.name() + ":" + prometheus.name() + "-1")).as("nothing of it taken")
                .isEmpty();
        send(url, "{not json").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        send("/integrations/v1/alertmanager/" + "x".repeat(32), resource("alertmanager-firing.json"))
                .andExpect(status().isNotFound());
        // a key is for its kind only
        send("/integrations/v1/grafana/" + prometheus.key(), resource("grafana-example.json"))
                .andExpect(status().isNotFound());
    }

    @Test
    void grafanasExampleShowsItsValuesAndSilenceLinkOnTheCard() throws Exception {
        var grafana = integration("grafana", null);
        var example = resource("grafana-example.json").replace("c6eadffa33fcdf37", UUID.randomUUID().toString())
                .replace("bc97ff14869b13e3", UUID.randomUUID().toString());

        send("/integrations/v1/grafana/" + grafana.key(), example).andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts").value(2));

        var memory = incidents.active().stream().filter(i -> i.title().equals("This alert was triggered for zone us-1")
                && i.labels().containsKey("zone") && grafana.name().equals(i.service())).findFirst().orElseThrow();
        var card = cards.render(memory, Locale.forLanguageTag("ru"));
        assertThat(card.evidence()).contains("B ").contains("44.24").contains("C ");
        assertThat(card.fields()).extracting(f -> f.label()).contains("Описание", "Инструкция", "Заглушить", "Источник");
        assertThat(memory.severity()).as("the integration's default").isEqualTo(Severity.WARNING);
    }

    @Test
    void pagerDutysExampleIsTakenWithPagerDutysAnswersAndItsKeyAcknowledgesAndResolves() throws Exception {
        var pd = integration("pagerduty", null);
        var key = "disk-" + UUID.randomUUID();
        var example = resource("pagerduty-trigger.json").replace("ROUTING_KEY", pd.key()).replace("samplekeyhere", key);

        send("/v2/enqueue", example).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("success"))
                .andExpect(jsonPath("$.message").value("Event processed"))
                .andExpect(jsonPath("$.dedup_key").value(key));
        var disk = active(pd, key);
        assertThat(disk.service()).isEqualTo("mysql");
        assertThat(disk.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(disk.labels()).containsEntry("free space", "1%").containsEntry("class", "disk");

        send("/v2/enqueue", """
                {"routing_key":"%s","event_action":"acknowledge","dedup_key":"%s"}""".formatted(pd.key(), key))
                .andExpect(status().isAccepted());
        assertThat(incidents.find(disk.id()).orElseThrow().status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
        send("/v2/enqueue", """
                {"routing_key":"%s","event_action":"resolve","dedup_key":"%s"}""".formatted(pd.key(), key))
                .andExpect(status().isAccepted());
        assertThat(incidents.find(disk.id()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void pagerDutyMistakesAreListedAsPagerDutyListsThem() throws Exception {
        var pd = integration("pagerduty", null);

        send("/v2/enqueue", """
                {"routing_key":"%s","event_action":"trigger","payload":{"severity":"urgent"}}""".formatted(pd.key()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("invalid event"))
                .andExpect(jsonPath("$.errors.length()").value(3));
        send("/v2/enqueue", """
                {"routing_key":"%s","event_action":"resolve"}""".formatted(pd.key()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0]").value(
                        "'dedup_key' is required for resolve events"));
        send("/v2/enqueue", "{\"routing_key\":\"nobody-has-this-key-at-all\",\"event_action\":\"trigger\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void aGenericWebhookIsReadThroughItsMapping() throws Exception {
        var legacy = integration("webhook", Map.of("dedup_key", "/check/id", "summary", "/check/message",
                "status", "/state", "resolved_when", "OK", "severity", "/check/level", "labels", "/tags"));
        var id = UUID.randomUUID().toString();
        var url = "/integrations/v1/webhook/" + legacy.key();

        send(url, """
                {"check":{"id":"%s","message":"disk full on db-1","level":"P2"},"state":"CRITICAL","tags":{"host":"db-1"}}"""
                .formatted(id)).andExpect(status().isOk());
        var disk = active(legacy, id);
        assertThat(disk.severity()).isEqualTo(Severity.ERROR);
        assertThat(disk.labels()).containsEntry("host", "db-1");

        send(url, "{\"check\":{\"id\":\"%s\"},\"state\":\"OK\"}".formatted(id)).andExpect(status().isOk());
        assertThat(incidents.find(disk.id()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        send(url, "{\"check\":{}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("/check/id"));
    }
}
