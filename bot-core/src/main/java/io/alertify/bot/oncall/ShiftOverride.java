package io.alertify.bot.oncall;

import java.time.Instant;

/** "Cover me": {@code person} takes the schedule from {@code from} until {@code until}, over every layer. */
public record ShiftOverride(String person, Instant from, Instant until) {

    public ShiftOverride {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("an override must end after it begins");
        }
    }

    boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
