package io.alertify.bot.integration;

import io.alertify.bot.api.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One alert from a sender, decoded: what becomes an incident event of the wire contract
 * (docs/wire-contract.md), the same bytes the pipeline sends.
 *
 * @param identity what makes a resend of this very notification the same event (its status and times):
 *                 a repeated firing alert is then processed once and costs one lookup
 * @param action   {@code trigger}, {@code resolve}, or {@code acknowledge} (PagerDuty only, never sent on the wire)
 * @param links    evidence links: {@code kind} (source, runbook, dashboard, panel, silence, image) to URL
 * @param values   the numbers the sender evaluated ({@code B=22}), shown on the card
 */
record AlertEvent(String identity, String action, String dedupKey, Instant at, Severity severity, String service,
                  String summary, String rule, String source, Map<String, String> labels, String description,
                  Map<String, String> links, Map<String, Double> values) {

    /** What the wire contract takes as a dedup key; a longer one (PagerDuty allows 255) is hashed. */
    static final int MAX_DEDUP_KEY = 200;

    AlertEvent {
        if (dedupKey.length() > MAX_DEDUP_KEY) {
            dedupKey = dedupKey.substring(0, 100) + ":" + sha256(dedupKey);
        }
        labels = Map.copyOf(labels);
        links = links == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(links));
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    String eventId() {
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The event in wire contract v1. */
    String toWire(JsonMapper json) {
        var event = json.createObjectNode()
                .put("schema", "alertify.incident-event/v1")
                .put("event_id", eventId())
                .put("action", action)
                .put("dedup_key", dedupKey)
                .put("occurred_at", at.toString())
                .put("service", service)
                .put("source", source);
        if (severity != null) {
            event.put("severity", severity.wireName());
        }
        if (summary != null) {
            event.put("summary", summary);
        }
        if (rule != null) {
            event.putObject("rule").put("id", rule);
        }
        var labelNode = event.putObject("labels");
        labels.forEach(labelNode::put);
        evidence(event.putObject("evidence"));
        return json.writeValueAsString(event);
    }

    private void evidence(ObjectNode evidence) {
        var series = evidence.putArray("series");
        values.forEach((name, value) -> series.addObject().put("metric", name).putArray("points")
                .addObject().put("t", at.toString()).put("v", value));
        evidence.putArray("logs");
        var linkNodes = evidence.putArray("links");
        links.forEach((kind, url) -> linkNodes.addObject().put("kind", kind).put("url", url));
        if (description != null && !description.isBlank()) {
            evidence.put("description", description);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
