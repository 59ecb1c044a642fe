package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import java.time.Instant;
import java.util.Locale;

/**
 * One message for one destination, as stored in {@code notification_jobs}.
 *
 * @param subject   the card it is ({@code group:7}) or, for a {@link Kind#SAY}, the card it replies to
 * @param incidentId whose timeline hears when it cannot be delivered; null for reports to operators
 * @param inDoubt   an earlier attempt got no answer: the platform may have posted it already
 */
record Job(long id, Destination destination, Kind kind, String subject, Long incidentId, String text, Locale locale,
        int attempts, Instant createdAt, Instant nextAttemptAt, boolean inDoubt, String lastError) {

    enum Kind {
        /** Make the card of the subject at the destination show what is true now: post it, or edit it. */
        CARD,
        /** Say a text once, in the thread of the subject's card when it has one. */
        SAY
    }

    static String pendingKey(Destination destination, String subject) {
        return destination.channel().wireName() + "|" + destination.address() + "|" + subject;
    }
}
