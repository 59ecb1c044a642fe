package io.alertify.bot.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Incidents that share a group key ({@link Grouping}) while any of them is active: one card in chat.
 * Closed when its last incident resolves, so the next incident of the key starts a new group.
 */
@Entity
@Table(name = "incident_groups")
class IncidentGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_key", nullable = false, length = 500)
    private String groupKey;

    /** The group key while the group is open, null once closed; unique, see the migration. */
    @Column(name = "active_key", length = 500)
    private String activeKey;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected IncidentGroup() {
    }

    IncidentGroup(String groupKey, Instant openedAt) {
        this.groupKey = groupKey;
        this.activeKey = groupKey;
        this.openedAt = openedAt;
    }

    long id() {
        return id;
    }

    String groupKey() {
        return groupKey;
    }

    void close() {
        activeKey = null;
    }
}
