package io.alertify.bot.intake;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.Severity;
import io.alertify.bot.incident.IncidentJson;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.web.InvalidFieldException;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /incidents/test}: opens a test incident by sending a wire-contract trigger event through
 * the same intake a real event takes, so it reaches chat exactly as a real one would.
 */
@RestController
class TestIncidentController {

    private final IncidentEventIntake intake;
    private final IncidentService incidents;
    private final JsonMapper json;
    private final Clock clock;

    TestIncidentController(IncidentEventIntake intake, IncidentService incidents, JsonMapper json, Clock clock) {
        this.intake = intake;
        this.incidents = incidents;
        this.json = json;
        this.clock = clock;
    }

    record TestIncidentRequest(String service, String severity) {
    }

    @PostMapping("/incidents/test")
    ResponseEntity<IncidentJson> open(@RequestBody(required = false) TestIncidentRequest request, Principal caller) {
        var service = service(request == null ? null : request.service());
        var severity = severity(request == null ? null : request.severity());
        var dedupKey = "test-" + UUID.randomUUID();
        intake.accept(event(dedupKey, service, severity, caller == null ? "api" : caller.getName()));
        var incident = incidents.findActive(dedupKey)
                .orElseThrow(() -> new IllegalStateException("test incident " + dedupKey + " was not opened"));
        return ResponseEntity.created(URI.create("/incidents/" + incident.id())).body(IncidentJson.of(incident, json));
    }

    private String event(String dedupKey, String service, Severity severity, String caller) {
        var event = json.createObjectNode()
                .put("schema", IncidentEvent.SCHEMA)
                .put("event_id", UUID.randomUUID().toString())
                .put("action", "trigger")
                .put("dedup_key", dedupKey)
                .put("occurred_at", clock.instant().toString())
                .put("severity", severity.wireName())
                .put("service", service)
                .put("summary", "Test incident opened by " + caller)
                .put("source", "alertify-api");
        event.putObject("rule").put("id", "test").put("expression", "test incident");
        event.putObject("labels").put("test", "true");
        var evidence = event.putObject("evidence");
        evidence.putArray("series");
        evidence.putArray("logs");
        evidence.putArray("links");
        return json.writeValueAsString(event);
    }

    private static String service(String value) {
        if (value == null) {
            return "alertify-test";
        }
        if (value.isBlank() || value.length() > 200) {
            throw new InvalidFieldException("service", "must be 1 to 200 characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("service", "must not contain control characters");
        }
        return value.trim();
    }

    private static Severity severity(String value) {
        if (value == null) {
            return Severity.WARNING;
        }
        return InvalidFieldException.parse("severity", value, Severity::parse);
    }
}
