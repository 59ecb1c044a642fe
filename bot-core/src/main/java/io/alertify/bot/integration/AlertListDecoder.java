package io.alertify.bot.integration;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Alertmanager's webhook (payload version 4) and Grafana alerting's webhook contact point, which sends the
 * same shape with a few more fields per alert ({@code values}, {@code dashboardURL}, {@code panelURL},
 * {@code silenceURL}, {@code imageURL}). Every alert of a grouped payload is an event of its own; its
 * {@code fingerprint} (the hash of its labels) is the dedup key, so a firing alert and its resolve meet.
 */
final class AlertListDecoder {

    /** Alertmanager's "not ended" time. */
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z";

    private AlertListDecoder() {
    }

    static List<AlertEvent> decode(IntegrationSpec integration, JsonNode payload, Instant now) {
        if (payload == null || !payload.isObject()) {
            throw new IntakeException("body", "must be a JSON object with an alerts array (Alertmanager webhook v4)");
        }
        var alerts = payload.path("alerts");
        if (!alerts.isArray()) {
            throw new IntakeException("alerts", "is required: the list of alerts");
        }
        var events = new ArrayList<AlertEvent>();
        for (int i = 0; i < alerts.size(); i++) {
            events.add(alert(integration, alerts.get(i), "alerts[" + i + "]", now));
        }
        return events;
    }

    private static AlertEvent alert(IntegrationSpec integration, JsonNode alert, String where, Instant now) {
        if (!alert.isObject()) {
            throw new IntakeException(where, "must be an object");
        }
        var status = text(alert, "status");
        if (!"firing".equals(status) && !"resolved".equals(status)) {
            throw new IntakeException(where + ".status", "must be firing or resolved");
        }
        var labels = strings(alert.path("labels"), where + ".labels");
        var annotations = strings(alert.path("annotations"), where + ".annotations");
        var fingerprint = text(alert, "fingerprint");
        if (fingerprint == null || fingerprint.isBlank()) {
            fingerprint = Integer.toHexString(new TreeMap<>(labels).hashCode()); // Alertmanager before 0.19
        }
        var startsAt = time(alert, "startsAt", where, now);
        var endsAt = text(alert, "endsAt");
        var resolved = "resolved".equals(status);
        var at = resolved && endsAt != null && !endsAt.startsWith(ZERO_TIME.substring(0, 4)) ? time(alert, "endsAt", where, now)
                : startsAt;
        var merged = new LinkedHashMap<>(integration.labels());
        merged.putAll(labels);
        var links = new LinkedHashMap<String, String>();
        put(links, "source", text(alert, "generatorURL"));
        put(links, "runbook", annotations.get("runbook_url"));
        put(links, "dashboard", text(alert, "dashboardURL"));
        put(links, "panel", text(alert, "panelURL"));
        put(links, "silence", text(alert, "silenceURL"));
        put(links, "image", text(alert, "imageURL"));
        var summary = first(annotations.get("summary"), annotations.get("message"), annotations.get("title"),
                labels.get("alertname"));
        var service = first(labels.get("service"), labels.get("app"), labels.get("job"), integration.defaultService());
        return new AlertEvent(
                integration.name() + "|" + fingerprint + "|" + status + "|" + startsAt + "|" + (resolved ? at : ""),
                resolved ? "resolve" : "trigger",
                integration.name() + ":" + fingerprint,
                at,
                SeverityNames.of(labels.get("severity"), integration.defaultSeverity()),
                service,
                summary,
                labels.get("alertname"),
                integration.kindOf().wireName() + ":" + integration.name(),
                merged,
                annotations.get("description"),
                links,
                values(alert.path("values")));
    }

    private static Map<String, String> strings(JsonNode node, String where) {
        var result = new HashMap<String, String>();
        if (node.isMissingNode() || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            throw new IntakeException(where, "must be an object of strings");
        }
        for (var entry : node.properties()) {
            if (!entry.getValue().isValueNode()) {
                throw new IntakeException(where + "." + entry.getKey(), "must be a string");
            }
            result.put(entry.getKey(), entry.getValue().asString());
        }
        return result;
    }

    private static Map<String, Double> values(JsonNode node) {
        var result = new LinkedHashMap<String, Double>();
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (entry.getValue().isNumber()) {
                    result.put(entry.getKey(), entry.getValue().doubleValue());
                }
            }
        }
        return result;
    }

    private static Instant time(JsonNode alert, String field, String where, Instant now) {
        var value = text(alert, field);
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            return SenderTimes.parse(value);
        } catch (DateTimeParseException e) {
            throw new IntakeException(where + "." + field, "must be an RFC 3339 time such as 2026-12-04T06:00:00Z");
        }
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static void put(Map<String, String> links, String kind, String url) {
        if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
            links.put(kind, url);
        }
    }

    private static String first(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
