package io.alertify.pipeline.bus;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sample as it is written to a bus that leaves the process:
 * <pre>{"service":"checkout","metric":"latency","timestamp":"2026-11-25T06:00:00Z","value":730.0,
 *  "labels":{"namespace":"shop","pod":"checkout-7d9f"}}</pre>
 * Collector and processor may run different versions during a rolling update, so fields are only ever
 * added, and unknown ones are ignored when reading.
 */
final class MetricSampleJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MetricSampleJson() {
    }

    static String write(MetricSample sample) {
        return JSON.writeValueAsString(sample);
    }

    /** @throws tools.jackson.core.JacksonException when the text is not a sample */
    static MetricSample read(String json) {
        return JSON.readValue(json, MetricSample.class);
    }
}
