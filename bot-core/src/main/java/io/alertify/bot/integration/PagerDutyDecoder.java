package io.alertify.bot.integration;

import io.alertify.bot.api.Severity;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * PagerDuty Events API v2 ({@code POST /v2/enqueue}), so a sender that speaks PagerDuty only needs a new
 * URL: {@code event_action} trigger, acknowledge or resolve; {@code dedup_key} (made for a trigger without
 * one, and answered, as PagerDuty does); {@code payload.summary}, {@code source}, {@code severity},
 * {@code timestamp}, {@code component}, {@code group}, {@code class}, {@code custom_details}; {@code links}
 * and {@code images}. Mistakes are collected as PagerDuty lists them, all at once.
 */
final class PagerDutyDecoder {

    static final int MAX_DEDUP_KEY = 255;
    static final int MAX_SUMMARY = 1024;

    private PagerDutyDecoder() {
    }

    /** The event, or the list of what is wrong with it in PagerDuty's words. */
    record Decoded(AlertEvent event, List<String> errors) {
    }

    static Decoded decode(IntegrationSpec integration, JsonNode body, Instant now) {
        var errors = new ArrayList<String>();
        var action = text(body, "event_action");
        if (action == null || !List.of("trigger", "acknowledge", "resolve").contains(action)) {
            errors.add("'event_action' is missing or not one of trigger, acknowledge, resolve");
        }
        var dedupKey = text(body, "dedup_key");
        if (dedupKey != null && dedupKey.length() > MAX_DEDUP_KEY) {
            errors.add("'dedup_key' is longer than " + MAX_DEDUP_KEY + " characters");
        }
        var trigger = "trigger".equals(action);
        if (!trigger && (dedupKey == null || dedupKey.isBlank())) {
            errors.add("'dedup_key' is required for " + action + " events");
        }
        var payload = body.path("payload");
        String summary = null;
        String source = null;
        Severity severity = null;
        var at = now;
        if (trigger) {
            if (!payload.isObject()) {
                errors.add("'payload' is missing or not an object");
            } else {
                summary = text(payload, "summary");
                source = text(payload, "source");
                var severityText = text(payload, "severity");
                if (summary == null || summary.isBlank()) {
                    errors.add("'payload.summary' is missing or blank");
                } else if (summary.length() > MAX_SUMMARY) {
                    errors.add("'payload.summary' is longer than " + MAX_SUMMARY + " characters");
                }
                if (source == null || source.isBlank()) {
                    errors.add("'payload.source' is missing or blank");
                }
                if (severityText == null || !List.of("critical", "error", "warning", "info").contains(severityText)) {
                    errors.add("'payload.severity' is missing or not one of critical, error, warning, info");
                } else {
                    severity = Severity.parse(severityText);
                }
                var timestamp = text(payload, "timestamp");
                if (timestamp != null) {
                    try {
                        at = SenderTimes.parse(timestamp);
                    } catch (DateTimeParseException e) {
                        errors.add("'payload.timestamp' is not an ISO 8601 time");
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Decoded(null, errors);
        }
        var key = dedupKey == null || dedupKey.isBlank() ? UUID.randomUUID().toString().replace("-", "") : dedupKey;
        var labels = new LinkedHashMap<>(integration.labels());
        for (var field : List.of("component", "group", "class")) {
            var value = text(payload, field);
            if (value != null) {
                labels.put(field, value);
            }
        }
        var details = payload.path("custom_details");
        if (details.isObject()) {
            for (var entry : details.properties()) {
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    labels.put(entry.getKey(), entry.getValue().asString());
                }
            }
        }
        var links = new LinkedHashMap<String, String>();
        var client = text(body, "client_url");
        if (client != null) {
            links.put("source", client);
        }
        for (var link : body.path("links")) {
            var href = text(link, "href");
            if (href != null && href.startsWith("http") && !links.containsKey("runbook")) {
                links.put(links.containsKey("source") ? "runbook" : "source", href);
            }
        }
        for (var image : body.path("images")) {
            var src = text(image, "src");
            if (src != null && src.startsWith("http")) {
                links.putIfAbsent("image", src);
            }
        }
        var service = firstNonBlank(text(payload, "component"), source, integration.defaultService());
        // every PagerDuty event is one of its own: senders repeat a trigger to update what it says
        var identity = integration.name() + "|" + key + "|" + action + "|" + UUID.randomUUID();
        return new Decoded(new AlertEvent(identity, action, integration.name() + ":" + key, at, severity, service,
                summary, text(payload, "class"), "pagerduty:" + integration.name(), labels, null, links, null), List.of());
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static String firstNonBlank(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The key PagerDuty answers with: the sender's own, or the one made for it. */
    static String senderKey(IntegrationSpec integration, AlertEvent event) {
        return event.dedupKey().substring(integration.name().length() + 1);
    }
}
