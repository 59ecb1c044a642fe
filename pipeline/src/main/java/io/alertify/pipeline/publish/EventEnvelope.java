package io.alertify.pipeline.publish;

import java.util.Objects;

/**
 * An incident event ready to leave the pipeline: its JSON (wire contract v1) and the two fields a
 * transport needs without parsing it.
 *
 * @param eventId the event's {@code event_id}; the outbox's unique key, the AMQP message id
 * @param severity wire name ({@code critical}, ...); the AMQP routing key
 */
public record EventEnvelope(String eventId, String severity, String json) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(json, "json");
    }
}
