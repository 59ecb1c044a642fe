package io.alertify.bot.oncall;

import java.time.Instant;

/** {@code person} is on call from {@code from} (inclusive) until {@code until} (exclusive). */
public record Shift(String person, Instant from, Instant until) {

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
