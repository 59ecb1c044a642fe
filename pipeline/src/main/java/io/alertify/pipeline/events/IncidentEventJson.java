package io.alertify.pipeline.events;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes incident events with a mapper of its own, so that no application-wide Jackson setting (naming
 * strategy, date format, inclusion) can change the wire contract.
 */
public final class IncidentEventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private IncidentEventJson() {
    }

    public static String write(IncidentEventV1 event) {
        return MAPPER.writeValueAsString(event);
    }
}
