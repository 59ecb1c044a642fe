package io.alertify.bot.incident;

import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident: opened by a trigger, acknowledged by a person, resolved by a person or by recovery.
 * A resolved incident stays resolved; the next trigger with the same key opens a new one.
 */
@Entity
@Table(name = "incidents")
class Incident {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    /** The dedup key while active, null once resolved; unique, see the migration. */
    @Column(name = "active_key", length = 200)
    private String activeKey;

    @Column(nullable = false, length = 200)
    private String service;

    @Convert(converter = SeverityConverter.class)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Convert(converter = StatusConverter.class)
    @Column(nullable = false, length = 16)
    private IncidentStatus status;

    @Column(name = "timestamp", nullable = false)
    private Instant openedAt;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Column(length = 200)
    private String source;

    @Convert(converter = LabelsConverter.class)
    @Column(nullable = false, length = 20000)
    private Map<String, String> labels;

    @Column(nullable = false, length = 1_000_000)
    private String evidence;

    @Column(name = "acknowledged_by", length = 200)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "group_id")
    private Long groupId;

    protected Incident() {
    }

    static Incident open(Trigger trigger) {
        var incident = new Incident();
        incident.dedupKey = trigger.dedupKey();
        incident.activeKey = trigger.dedupKey();
        incident.service = trigger.service();
        incident.severity = trigger.severity();
        incident.status = IncidentStatus.TRIGGERED;
        incident.openedAt = trigger.occurredAt();
        incident.title = Clip.to(trigger.title(), MAX_TITLE);
        incident.summary = Clip.to(trigger.summary(), MAX_SUMMARY);
        incident.source = Clip.to(trigger.source(), 200);
        incident.labels = trigger.labels();
        incident.evidence = trigger.evidence() == null ? "{}" : trigger.evidence();
        return incident;
    }

    /** A repeated trigger brings fresher evidence; the incident keeps its identity and severity. */
    void repeat(Trigger trigger) {
        if (trigger.summary() != null) {
            summary = Clip.to(trigger.summary(), MAX_SUMMARY);
        }
        if (trigger.evidence() != null) {
            evidence = trigger.evidence();
        }
    }

    void acknowledge(String actor, Instant at) {
        status = IncidentStatus.ACKNOWLEDGED;
        acknowledgedBy = Clip.to(actor, 200);
        acknowledgedAt = at;
    }

    String snapshotAcknowledgedBy() {
        return acknowledgedBy;
    }

    /** Nobody resolved it in time: it needs somebody again, and the cards offer Acknowledge once more. */
    void acknowledgementExpired() {
        status = IncidentStatus.TRIGGERED;
        acknowledgedBy = null;
        acknowledgedAt = null;
    }

    void resolve(String actor, Instant at) {
        status = IncidentStatus.RESOLVED;
        activeKey = null;
        resolvedBy = Clip.to(actor, 200);
        resolvedAt = at;
    }

    long id() {
        return id;
    }

    void joinGroup(long groupId) {
        this.groupId = groupId;
    }

    Long groupId() {
        return groupId;
    }

    IncidentStatus status() {
        return status;
    }

    IncidentSnapshot snapshot(List<TimelineLine> timeline) {
        return new IncidentSnapshot(id, dedupKey, service, severity, status, openedAt, title, summary, labels,
                evidence, acknowledgedBy, acknowledgedAt, resolvedBy, resolvedAt, timeline, groupId);
    }
}
