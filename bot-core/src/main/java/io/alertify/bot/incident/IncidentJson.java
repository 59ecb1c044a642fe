package io.alertify.bot.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/** An incident with its details and timeline, as {@code GET /incidents/{id}} shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IncidentJson(
        long id,
        String service,
        String severity,
        String status,
        Instant timestamp,
        String title,
        String summary,
        Map<String, String> labels,
        JsonNode evidence,
        String acknowledgedBy,
        Instant resolvedAt,
        List<Line> timeline) {

    public static IncidentJson of(IncidentSnapshot incident, JsonMapper json) {
        return new IncidentJson(incident.id(), incident.service(), incident.severity().wireName(),
                incident.status().wireName(), incident.openedAt(), incident.title(), incident.summary(),
                incident.labels(), json.readTree(incident.evidence()), incident.acknowledgedBy(),
                incident.resolvedAt(), incident.timeline().stream().map(Line::of).toList());
    }

    public record Line(Instant at, String kind, String actor, String text) {
        static Line of(TimelineLine line) {
            return new Line(line.at(), line.kind().wireName(), line.actor(), line.text());
        }
    }

    /** An active incident in the list of {@code GET /incidents}. */
    public record Summary(long id, String service, String severity, String status, Instant timestamp) {
        static Summary of(IncidentSnapshot incident) {
            return new Summary(incident.id(), incident.service(), incident.severity().wireName(),
                    incident.status().wireName(), incident.openedAt());
        }
    }
}
