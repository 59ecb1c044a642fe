package io.alertify.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.api.InvalidIncidentEventException;
import io.alertify.bot.api.Severity;
import io.alertify.bot.testing.IncidentEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class IncidentEventParserTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final IncidentEventParser parser = new IncidentEventParser(json);

    @Test
    void readsATriggerEventAndIgnoresUnknownFields() {
        var event = parser.parse(IncidentEvents.trigger("9f2c", "critical", "checkout", "event-1"));

        assertThat(event.eventId()).isEqualTo("event-1");
        assertThat(event.action()).isEqualTo(IncidentEvent.Kind.TRIGGER);
        assertThat(event.dedupKey()).isEqualTo("9f2c");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
        assertThat(event.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(event.service()).isEqualTo("checkout");
        assertThat(event.title()).isEqualTo("latency > 500 for 3 samples");
        assertThat(event.summary()).isEqualTo("latency > 500 for 3 samples (last 730)");
        assertThat(event.labels()).containsEntry("namespace", "shop").containsEntry("pod", "checkout-7d9f");
        assertThat(json.readTree(event.evidence()).path("series").get(0).path("points")).hasSize(6);
    }

    @Test
    void aResolveEventNeedsNoSeverity() {
        var event = parser.parse(IncidentEvents.resolve("9f2c"));

        assertThat(event.action()).isEqualTo(IncidentEvent.Kind.RESOLVE);
        assertThat(event.severity()).isNull();
        assertThat(event.evidence()).isEqualTo("{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"service", "summary"})
    void aNulThatPostgresqlCannotStoreIsRefusedAtTheDoor(String field) {
        var event = (ObjectNode) json.readTree(IncidentEvents.trigger("9f2c"));
        event.put(field, "check\u0000out");

        assertThatThrownBy(() -> parser.parse(json.writeValueAsString(event)))
                .isInstanceOf(InvalidIncidentEventException.class)
                .hasMessage(field + ": must not contain NUL (U+0000)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema", "event_id", "action", "dedup_key", "occurred_at", "service", "severity"})
    void eachMissingRequiredFieldIsNamed(String field) {
        var event = (ObjectNode) json.readTree(IncidentEvents.trigger("9f2c"));
        event.remove(field);

        assertThatThrownBy(() -> parser.parse(json.writeValueAsString(event)))
                .isInstanceOf(InvalidIncidentEventException.class)
                .hasMessage(field + ": is required");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "schema|alertify.incident-event/v2|schema: expected 'alertify.incident-event/v1' but was 'alertify.incident-event/v2'",
            "action|restart|action: expected 'trigger' or 'resolve' but was 'restart'",
            "severity|fatal|severity: unknown severity 'fatal'; expected one of critical, error, warning, info",
            "occurred_at|yesterday|occurred_at: expected an ISO-8601 instant such as 2026-11-25T06:00:00Z but was 'yesterday'",
            "service|'   '|service: must be a non-empty string"})
    void aBadValueIsNamedWithWhatWasExpected(String field, String value, String message) {
        var event = (ObjectNode) json.readTree(IncidentEvents.trigger("9f2c"));
        event.put(field, value);

        assertThatThrownBy(() -> parser.parse(json.writeValueAsString(event)))
                .isInstanceOf(InvalidIncidentEventException.class)
                .hasMessage(message);
    }

    @Test
    void labelsMustBeFlat() {
        var event = (ObjectNode) json.readTree(IncidentEvents.trigger("9f2c"));
        event.putObject("labels").putObject("pod").put("name", "checkout-7d9f");

        assertThatThrownBy(() -> parser.parse(json.writeValueAsString(event)))
                .hasMessage("labels.pod: must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "not json", "{\"schema\": "})
    void somethingThatIsNotAJsonObjectIsInvalid(String body) {
        assertThatThrownBy(() -> parser.parse(body)).isInstanceOf(InvalidIncidentEventException.class);
    }
}
