package io.alertify.pipeline.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An incident event, wire contract v1 (docs/wire-contract.md). Its Jackson serialisation IS the
 * contract: {@code IncidentEventV1Test} pins every field name, so renaming a component here breaks a
 * test before it breaks the bot.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schema", "event_id", "action", "dedup_key", "occurred_at", "severity", "service", "summary",
        "source", "rule", "labels", "evidence"})
public record IncidentEventV1(
        @JsonProperty("schema") String schema,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("action") Action action,
        @JsonProperty("dedup_key") String dedupKey,
        @JsonProperty("occurred_at") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant occurredAt,
        @JsonProperty("severity") String severity,
        @JsonProperty("service") String service,
        @JsonProperty("summary") String summary,
        @JsonProperty("source") String source,
        @JsonProperty("rule") Rule rule,
        @JsonProperty("labels") Map<String, String> labels,
        @JsonProperty("evidence") Evidence evidence) {

    public static final String SCHEMA = "alertify.incident-event/v1";
    public static final String SOURCE = "alertify-pipeline";

    public enum Action {
        TRIGGER, RESOLVE;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Rule(@JsonProperty("id") String id, @JsonProperty("expression") String expression) {
    }

    /**
     * What the bot shows without calling back: the series points (oldest first), log lines, links.
     * Logs and links stay empty until the log store exists; their element shape is still open.
     */
    public record Evidence(@JsonProperty("series") List<Series> series,
                           @JsonProperty("logs") List<Map<String, String>> logs,
                           @JsonProperty("links") List<Map<String, String>> links) {
    }

    public record Series(@JsonProperty("metric") String metric, @JsonProperty("points") List<SeriesPoint> points) {
    }

    public record SeriesPoint(@JsonProperty("t") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant t,
                              @JsonProperty("v") double v) {
    }
}
