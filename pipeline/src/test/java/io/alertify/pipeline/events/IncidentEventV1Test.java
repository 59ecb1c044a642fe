package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pins wire contract v1: these names are what bot-core reads (docs/wire-contract.md). */
class IncidentEventV1Test {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CONTRACT_EXAMPLE = """
            {
              "schema": "alertify.incident-event/v1",
              "event_id": "0b6f7c9e-2f55-4a8e-9d1e-6c3a1b2f9e10",
              "action": "trigger",
              "dedup_key": "9f2c1de4",
              "occurred_at": "2026-11-25T06:00:00Z",
              "severity": "critical",
              "service": "checkout",
              "summary": "latency > 500 for 3 samples (last 730)",
              "source": "alertify-pipeline",
              "rule": {"id": "latency-high", "expression": "latency > 500 for 3 samples"},
              "labels": {"metric": "latency", "namespace": "shop", "pod": "checkout-7d9f"},
              "evidence": {
                "series": [{"metric": "latency", "points": [{"t": "2026-11-25T05:59:00Z", "v": 730.0}]}],
                "logs": [],
                "links": []
              }
            }
            """;

    @Test
    void serialisesExactlyAsTheContractExample() {
        var event = new IncidentEventV1(
                IncidentEventV1.SCHEMA,
                "0b6f7c9e-2f55-4a8e-9d1e-6c3a1b2f9e10",
                IncidentEventV1.Action.TRIGGER,
                "9f2c1de4",
                Instant.parse("2026-11-25T06:00:00Z"),
                "critical",
                "checkout",
                "latency > 500 for 3 samples (last 730)",
                IncidentEventV1.SOURCE,
                new IncidentEventV1.Rule("latency-high", "latency > 500 for 3 samples"),
                new TreeMap<>(Map.of("metric", "latency", "namespace", "shop", "pod", "checkout-7d9f")),
                new IncidentEventV1.Evidence(
                        List.of(new IncidentEventV1.Series("latency",
                                List.of(new IncidentEventV1.SeriesPoint(Instant.parse("2026-11-25T05:59:00Z"), 730.0)))),
                        List.of(), List.of()));

        var written = JSON.readTree(IncidentEventJson.write(event));

        assertThat(written).isEqualTo(JSON.readTree(CONTRACT_EXAMPLE));
        assertThat(fieldPaths(written)).containsExactly(
                "schema", "event_id", "action", "dedup_key", "occurred_at", "severity", "service", "summary", "source",
                "rule", "rule.id", "rule.expression", "labels", "labels.metric", "labels.namespace", "labels.pod",
                "evidence", "evidence.series", "evidence.series[].metric", "evidence.series[].points",
                "evidence.series[].points[].t", "evidence.series[].points[].v", "evidence.logs", "evidence.links");
    }

    @Test
    void aResolveSaysResolve() {
        var event = new IncidentEventV1(IncidentEventV1.SCHEMA, "id", IncidentEventV1.Action.RESOLVE, "key",
                Instant.parse("2026-11-25T06:05:00Z"), "critical", "checkout", null, IncidentEventV1.SOURCE, null,
                Map.of(), null);

        var written = JSON.readTree(IncidentEventJson.write(event));

        assertThat(written.get("action").stringValue()).isEqualTo("resolve");
        assertThat(written.get("occurred_at").stringValue()).isEqualTo("2026-11-25T06:05:00Z");
        assertThat(written.has("summary")).as("absent fields are left out, not null").isFalse();
    }

    private static List<String> fieldPaths(JsonNode node) {
        var paths = new ArrayList<String>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                var path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
                paths.add(path);
                collect(entry.getValue(), path, paths);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), prefix + "[]", paths);
        }
    }
}
