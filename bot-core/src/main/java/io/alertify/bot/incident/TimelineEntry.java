package io.alertify.bot.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an incident's history. Append-only. */
@Entity
@Table(name = "incident_timeline")
class TimelineEntry {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    protected TimelineEntry() {
    }

    TimelineEntry(long incidentId, Instant at, TimelineKind kind, String actor, String text) {
        this.incidentId = incidentId;
        this.at = at;
        this.kind = kind.wireName();
        this.actor = Clip.to(actor, 200);
        this.text = Clip.to(text, MAX_TEXT);
    }

    long incidentId() {
        return incidentId;
    }

    TimelineLine toLine() {
        return new TimelineLine(at, TimelineKind.parse(kind), actor, text);
    }
}
