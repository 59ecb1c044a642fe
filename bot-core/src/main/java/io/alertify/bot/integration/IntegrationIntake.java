package io.alertify.bot.integration;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.incident.IncidentService;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoded alerts into the incident path the pipeline's events take: the same intake, so dedup, grouping,
 * routing and escalation treat them alike. Each event is committed on its own before the sender hears
 * 2xx; a batch cut short by a bad alert is sent again by its sender, and what was taken before is taken
 * again as the same event, which changes nothing.
 */
final class IntegrationIntake {

    private final IncidentEventIntake intake;
    private final IncidentService incidents;
    private final JsonMapper json;

    IntegrationIntake(IncidentEventIntake intake, IncidentService incidents, JsonMapper json) {
        this.intake = intake;
        this.incidents = incidents;
        this.json = json;
    }

    void accept(List<AlertEvent> events) {
        for (var event : events) {
            accept(event);
        }
    }

    /** PagerDuty's acknowledge acknowledges the open incident of its key, if there is one. */
    void accept(AlertEvent event) {
        if (event.action().equals("acknowledge")) {
            incidents.findActive(event.dedupKey()).ifPresent(incident -> incidents.acknowledge(incident.id(),
                    event.source()));
            return;
        }
        intake.accept(event.toWire(json));
    }
}
