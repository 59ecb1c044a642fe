package io.alertify.bot.testing;

import java.time.Instant;
import java.util.UUID;

/** Incident events in wire contract v1, as the pipeline sends them, for tests. */
public final class IncidentEvents {

    private IncidentEvents() {
    }

    /** A fresh dedup key, so that tests sharing a database never see each other's incidents. */
    public static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A critical latency breach of checkout in namespace shop, pod checkout-7d9f. */
    /**
     * A critical checkout incident on a card of its own (the test application groups by service and
     * {@code test_group}, which is the dedup key here), so tests that share the service do not share cards.
     */
    public static String trigger(String dedupKey) {
        return trigger(dedupKey, "critical", "checkout", UUID.randomUUID().toString(), dedupKey);
    }

    /** An incident that shares its card with every other incident of {@code service} (and test_group ""). */
    public static String trigger(String dedupKey, String severity, String service, String eventId) {
        return trigger(dedupKey, severity, service, eventId, "");
    }

    public static String trigger(String dedupKey, String severity, String service, String eventId, String group) {
        return """
                {
                  "schema": "alertify.incident-event/v1",
                  "event_id": "%s",
                  "action": "trigger",
                  "dedup_key": "%s",
                  "occurred_at": "2026-11-25T06:00:00Z",
                  "severity": "%s",
                  "service": "%s",
                  "summary": "latency > 500 for 3 samples (last 730)",
                  "source": "alertify-pipeline",
                  "rule": {"id": "latency-high", "expression": "latency > 500 for 3 samples"},
                  "labels": {"metric": "latency", "namespace": "shop", "pod": "checkout-7d9f", "test_group": "%s"},
                  "evidence": {
                    "series": [{"metric": "latency", "points": [
                      {"t": "2026-11-25T05:55:00Z", "v": 120.0},
                      {"t": "2026-11-25T05:56:00Z", "v": 180.0},
                      {"t": "2026-11-25T05:57:00Z", "v": 260.0},
                      {"t": "2026-11-25T05:58:00Z", "v": 420.0},
                      {"t": "2026-11-25T05:59:00Z", "v": 610.0},
                      {"t": "2026-11-25T06:00:00Z", "v": 730.0}]}],
                    "logs": [],
                    "links": []
                  },
                  "future_field": {"ignored": true}
                }
                """.formatted(eventId, dedupKey, severity, service, group);
    }

    public static String resolve(String dedupKey) {
        return resolve(dedupKey, Instant.parse("2026-11-25T06:10:00Z"), UUID.randomUUID().toString());
    }

    public static String resolve(String dedupKey, Instant at, String eventId) {
        return """
                {"schema": "alertify.incident-event/v1", "event_id": "%s", "action": "resolve",
                 "dedup_key": "%s", "occurred_at": "%s", "service": "checkout", "source": "alertify-pipeline"}
                """.formatted(eventId, dedupKey, at);
    }
}
