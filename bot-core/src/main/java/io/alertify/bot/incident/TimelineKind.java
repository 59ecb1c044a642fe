package io.alertify.bot.incident;

import java.util.Locale;

/** What a timeline line records; the wire name is what the API shows and the database stores. */
public enum TimelineKind {
    OPENED,
    TRIGGERED_AGAIN,
    ACKNOWLEDGED,
    RESOLVED,
    REMEDIATION_SUCCEEDED,
    REMEDIATION_FAILED,
    MESSAGE,
    /** A chat or mailbox could not be told; shown in the API, kept off the cards. */
    NOTIFICATION_FAILED,
    /** A chat action refused because of the actor's role: the audit trail, in the API, kept off the cards. */
    COMMAND_REFUSED,
    /** An escalation step paged people or channels, or a person escalated by hand. */
    ESCALATED,
    ACKNOWLEDGEMENT_EXPIRED,
    /** Muted by a silence or an inhibition, or released from one. */
    SILENCED;

    /** What a card shows of the timeline: what happened to the incident, not the bookkeeping around it. */
    public boolean onCards() {
        return this != NOTIFICATION_FAILED && this != COMMAND_REFUSED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TimelineKind parse(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
