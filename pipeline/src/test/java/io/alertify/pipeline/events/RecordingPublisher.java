package io.alertify.pipeline.events;

import io.alertify.pipeline.publish.EventEnvelope;
import io.alertify.pipeline.publish.IncidentEventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps what was published, parsed, for tests to read. */
public final class RecordingPublisher implements IncidentEventPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<EventEnvelope> envelopes = new CopyOnWriteArrayList<>();

    @Override
    public void publish(EventEnvelope event) {
        envelopes.add(event);
    }

    public List<EventEnvelope> envelopes() {
        return envelopes;
    }

    public List<JsonNode> events() {
        return envelopes.stream().map(e -> JSON.readTree(e.json())).toList();
    }

    public List<String> actions() {
        return events().stream().map(e -> e.get("action").stringValue()).toList();
    }
}
