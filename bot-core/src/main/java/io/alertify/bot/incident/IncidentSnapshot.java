package io.alertify.bot.incident;

import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident as read in one transaction, detached from JPA, with its whole timeline (oldest first).
 *
 * @param evidence the event's evidence object as JSON text ({@code {}} when there was none)
 * @param groupId  the group whose card shows it, or null for incidents opened before grouping existed
 */
public record IncidentSnapshot(
        long id,
        String dedupKey,
        String service,
        Severity severity,
        IncidentStatus status,
        Instant openedAt,
        String title,
        String summary,
        Map<String, String> labels,
        String evidence,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String resolvedBy,
        Instant resolvedAt,
        List<TimelineLine> timeline,
        Long groupId) {

    public IncidentSnapshot {
        labels = Map.copyOf(labels);
        timeline = List.copyOf(timeline);
    }

    public IncidentSnapshot(long id, String dedupKey, String service, Severity severity, IncidentStatus status,
            Instant openedAt, String title, String summary, Map<String, String> labels, String evidence,
            String acknowledgedBy, Instant acknowledgedAt, String resolvedBy, Instant resolvedAt,
            List<TimelineLine> timeline) {
        this(id, dedupKey, service, severity, status, openedAt, title, summary, labels, evidence, acknowledgedBy,
                acknowledgedAt, resolvedBy, resolvedAt, timeline, null);
    }

    /** The card that shows this incident: its group's, or its own for incidents from before grouping. */
    public String cardKey() {
        return groupId == null ? "incident:" + id : "group:" + groupId;
    }

    public boolean isActive() {
        return status.isActive();
    }
}
