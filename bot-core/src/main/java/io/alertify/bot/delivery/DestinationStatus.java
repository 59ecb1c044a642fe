package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import java.time.Instant;

/**
 * A destination as {@code GET /destinations} shows it.
 *
 * @param state        {@code ok}, {@code broken} (nothing is sent until an admin retries it) or
 *                     {@code moved} (a Telegram group that became {@code movedTo})
 * @param reason       why it is broken, in the platform's words
 * @param blockedUntil a Retry-After in force, or null
 * @param queued       messages waiting for it
 * @param oldestQueued when the oldest of them was queued, or null
 * @param owner        the notifier that paces it, or null
 */
record DestinationStatus(Destination destination, String state, String reason, Instant changedAt,
        Instant blockedUntil, String movedTo, long queued, Instant oldestQueued, String owner) {

    boolean broken() {
        return "broken".equals(state);
    }
}
