package io.alertify.bot.intake;

import io.alertify.bot.api.Severity;
import java.time.Instant;
import java.util.Map;

/**
 * An incident event (wire contract v1) after validation.
 *
 * @param severity null on a resolve event that did not repeat it
 * @param evidence the evidence object as compact JSON text, {@code {}} when absent
 */
record IncidentEvent(
        String eventId,
        Kind action,
        String dedupKey,
        Instant occurredAt,
        Severity severity,
        String service,
        String summary,
        String source,
        String ruleId,
        String ruleExpression,
        Map<String, String> labels,
        String evidence) {

    static final String SCHEMA = "alertify.incident-event/v1";

    enum Kind {
        TRIGGER, RESOLVE
    }

    /** The one-line title of the incident: the rule's expression, else the summary, else the rule. */
    String title() {
        if (ruleExpression != null) {
            return ruleExpression;
        }
        if (summary != null) {
            return summary;
        }
        return ruleId != null ? ruleId : "incident";
    }
}
