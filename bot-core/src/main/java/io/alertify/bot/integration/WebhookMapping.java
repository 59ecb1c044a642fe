package io.alertify.bot.integration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The generic webhook: which field of the sender's JSON means what, as JSON Pointers (RFC 6901), nothing
 * that runs code. {@code dedup_key} is required; the rest is optional:
 * <pre>
 * mapping:
 *   dedup_key: /check/id          # same value, same incident
 *   status: /state                # with resolved_when, which value of it ends the incident
 *   resolved_when: OK
 *   summary: /check/message
 *   severity: /check/level        # critical, error, warning, info (or P1..P5, high, low, ...)
 *   service: /host/service
 *   labels: /tags                 # an object of strings, added to the incident's labels
 *   description: /check/details
 *   link: /check/url
 * </pre>
 */
record WebhookMapping(Map<String, String> pointers, String resolvedWhen) {

    static final Set<String> FIELDS = Set.of("dedup_key", "status", "summary", "severity", "service", "labels",
            "description", "link");

    static WebhookMapping of(Map<String, String> mapping) {
        var pointers = new LinkedHashMap<String, String>();
        String resolvedWhen = null;
        for (var entry : mapping.entrySet()) {
            if (entry.getKey().equals("resolved_when")) {
                resolvedWhen = entry.getValue();
            } else if (!FIELDS.contains(entry.getKey())) {
                throw new IllegalArgumentException("mapping." + entry.getKey() + " is not a field; the fields are "
                        + FIELDS + " and resolved_when");
            } else if (entry.getValue() == null || !entry.getValue().startsWith("/")) {
                throw new IllegalArgumentException("mapping." + entry.getKey() + " must be a JSON Pointer such as /alert/id");
            } else {
                pointers.put(entry.getKey(), entry.getValue());
            }
        }
        if (!pointers.containsKey("dedup_key")) {
            throw new IllegalArgumentException("mapping.dedup_key is required: the field that names the problem");
        }
        if (pointers.containsKey("status") != (resolvedWhen != null)) {
            throw new IllegalArgumentException("mapping.status and mapping.resolved_when go together");
        }
        return new WebhookMapping(Map.copyOf(pointers), resolvedWhen);
    }

    AlertEvent decode(IntegrationSpec integration, JsonNode body, Instant now) {
        if (body == null || !body.isObject()) {
            throw new IntakeException("body", "must be a JSON object");
        }
        var key = text(body, "dedup_key");
        if (key == null || key.isBlank()) {
            throw new IntakeException(pointers.get("dedup_key"), "is required (mapping.dedup_key)");
        }
        var status = text(body, "status");
        var resolved = resolvedWhen != null && resolvedWhen.equalsIgnoreCase(status == null ? "" : status.strip());
        var labels = new LinkedHashMap<>(integration.labels());
        var labelNode = pointers.containsKey("labels") ? body.at(pointers.get("labels")) : null;
        if (labelNode != null && labelNode.isObject()) {
            for (var entry : labelNode.properties()) {
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    labels.put(entry.getKey(), entry.getValue().asString());
                }
            }
        }
        var links = new LinkedHashMap<String, String>();
        var link = text(body, "link");
        if (link != null && link.startsWith("http")) {
            links.put("source", link);
        }
        var service = text(body, "service");
        return new AlertEvent(integration.name() + "|" + key + "|" + (resolved ? "resolve" : "trigger") + "|"
                + java.util.UUID.randomUUID(), resolved ? "resolve" : "trigger", integration.name() + ":" + key, now,
                SeverityNames.of(text(body, "severity"), integration.defaultSeverity()),
                service == null || service.isBlank() ? integration.defaultService() : service, text(body, "summary"),
                null, "webhook:" + integration.name(), labels, text(body, "description"), links, null);
    }

    private String text(JsonNode body, String field) {
        var pointer = pointers.get(field);
        if (pointer == null) {
            return null;
        }
        var value = body.at(pointer);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }
}
