package io.alertify.bot.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.alertify.bot.api.Severity;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An integration as the API and the configuration write it.
 * <pre>
 * alertify:
 *   integrations:
 *     - name: prometheus
 *       kind: alertmanager
 *       service: shop              # when an alert names none (labels service, app, job)
 *       severity: warning          # when an alert says none (label severity)
 *       labels: { team: payments } # added to every incident, for routes to match on
 *     - name: legacy-monitor
 *       kind: webhook
 *       mapping: { dedup_key: /check/id, summary: /check/message, status: /state, resolved_when: OK }
 * </pre>
 *
 * @param key     the secret in its URL; made when absent, so only set it to keep a sender's URL unchanged
 * @param mapping for {@code webhook}: JSON Pointers to the fields (see {@link WebhookMapping})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IntegrationSpec(String name, String kind, String key, String service, String severity,
                              Map<String, String> labels, Map<String, String> mapping) {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{20,64}");

    public IntegrationSpec {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }

    /** Throws IllegalArgumentException naming the first mistake. */
    void check() {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1 to 100 lowercase letters, digits, '.', '_' or '-'");
        }
        var parsed = IntegrationKind.parse(kind);
        if (key != null && !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be 20 to 64 letters, digits, '-' or '_' (or left out)");
        }
        if (severity != null) {
            Severity.parse(severity);
        }
        if (parsed == IntegrationKind.WEBHOOK) {
            WebhookMapping.of(mapping);
        }
    }

    IntegrationKind kindOf() {
        return IntegrationKind.parse(kind);
    }

    Severity defaultSeverity() {
        return severity == null ? Severity.WARNING : Severity.parse(severity);
    }

    String defaultService() {
        return service == null || service.isBlank() ? name : service.strip();
    }

    IntegrationSpec withKey(String newKey) {
        return new IntegrationSpec(name, kind, newKey, service, severity, labels, mapping);
    }
}
