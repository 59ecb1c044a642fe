package io.alertify.bot.integration;

import io.alertify.bot.api.InvalidIncidentEventException;
import io.alertify.bot.web.InvalidFieldException;
import io.alertify.bot.web.NotFoundException;
import io.alertify.bot.web.TooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where senders post. No token: the integration's secret key in the URL (or PagerDuty's routing_key) is
 * the credential, as senders expect. A key nobody has is 404, as for any unknown URL.
 */
@RestController
public class IntegrationEndpoints {

    /** Alertmanager's largest grouped payloads are a few MB. */
    static final int MAX_BODY = 10 * 1024 * 1024;

    private final IntegrationStore integrations;
    private final IntegrationIntake intake;
    private final JsonMapper json;
    private final Clock clock;

    IntegrationEndpoints(IntegrationStore integrations, IntegrationIntake intake, JsonMapper json, Clock clock) {
        this.integrations = integrations;
        this.intake = intake;
        this.json = json;
        this.clock = clock;
    }

    public record Accepted(String status, int alerts) {
    }

    @PostMapping("/integrations/v1/alertmanager/{key}")
    public Accepted alertmanager(@PathVariable String key, HttpServletRequest request) throws IOException {
        var body = bounded(request);
        return alerts(IntegrationKind.ALERTMANAGER, key, body);
    }

    @PostMapping("/integrations/v1/grafana/{key}")
    public Accepted grafana(@PathVariable String key, HttpServletRequest request) throws IOException {
        var body = bounded(request);
        return alerts(IntegrationKind.GRAFANA, key, body);
    }

    @PostMapping("/integrations/v1/webhook/{key}")
    public Accepted webhook(@PathVariable String key, HttpServletRequest request) throws IOException {
        var body = bounded(request);
        var integration = integration(IntegrationKind.WEBHOOK, key);
        var event = WebhookMapping.of(integration.mapping()).decode(integration, parse(body), clock.instant());
        take(List.of(event));
        return new Accepted("accepted", 1);
    }

    /** PagerDuty's own answers, so senders that check them are satisfied: 202 with the dedup key, or 400 with errors. */
    @PostMapping("/v2/enqueue")
    public ResponseEntity<Map<String, Object>> pagerDuty(HttpServletRequest request) throws IOException {
        var body = bounded(request);
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            return invalid(List.of("the body is not JSON"));
        }
        var key = event.path("routing_key");
        var integration = key.isString() ? integrations.byKey(key.asString(), IntegrationKind.PAGERDUTY) : null;
        if (integration == null || integration.isEmpty()) {
            return invalid(List.of("'routing_key' is missing or unknown: use the key of an Alertify pagerduty integration"));
        }
        var decoded = PagerDutyDecoder.decode(integration.get(), event, clock.instant());
        if (!decoded.errors().isEmpty()) {
            return invalid(decoded.errors());
        }
        try {
            intake.accept(decoded.event());
        } catch (InvalidIncidentEventException e) {
            return invalid(List.of(e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "success", "message", "Event processed",
                "dedup_key", PagerDutyDecoder.senderKey(integration.get(), decoded.event())));
    }

    private Accepted alerts(IntegrationKind kind, String key, String body) {
        var integration = integration(kind, key);
        var events = AlertListDecoder.decode(integration, parse(body), clock.instant());
        take(events);
        return new Accepted("accepted", events.size());
    }

    private void take(List<AlertEvent> events) {
        try {
            intake.accept(events);
        } catch (InvalidIncidentEventException e) {
            throw new InvalidFieldException("alerts", e.getMessage());
        }
    }

    private IntegrationSpec integration(IntegrationKind kind, String key) {
        return integrations.byKey(key, kind).orElseThrow(() -> new NotFoundException("key",
                "no " + kind.wireName() + " integration has this key; GET /integrations (admin) lists their URLs"));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidFieldException("body", "is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A sender's payload, refused with 413 past {@value #MAX_BODY} bytes without being held in memory. */
    private static String bounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new TooLargeException(MAX_BODY);
        }
        var bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new TooLargeException(MAX_BODY);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ResponseEntity<Map<String, Object>> invalid(List<String> errors) {
        return ResponseEntity.badRequest().body(Map.of("status", "invalid event", "message", "Event object is invalid",
                "errors", errors));
    }
}
