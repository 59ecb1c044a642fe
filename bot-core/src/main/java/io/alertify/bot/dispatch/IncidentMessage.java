package io.alertify.bot.dispatch;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The notification log: an incident's card as posted to one destination (unique per destination). */
@Entity
@Table(name = "incident_messages")
class IncidentMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(name = "message_id", nullable = false, length = 500)
    private String messageId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected IncidentMessage() {
    }

    /** Keyed by the destination routed to, so the next dispatch finds it whatever the platform returned. */
    IncidentMessage(long incidentId, Destination destination, MessageRef posted, Instant postedAt) {
        this.incidentId = incidentId;
        this.channel = destination.channel().wireName();
        this.address = destination.address();
        this.messageId = posted.messageId();
        this.postedAt = postedAt;
    }

    Destination destination() {
        return new Destination(Channel.parse(channel), address);
    }

    MessageRef ref() {
        return new MessageRef(destination(), messageId);
    }
}
