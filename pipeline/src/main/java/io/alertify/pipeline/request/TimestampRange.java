package io.alertify.pipeline.request;

import java.time.Duration;
import java.time.Instant;

/**
 * The one range check for timestamps, used by every intake and by backtests: within {@code range} of
 * now, either way. Anything that passes can be added to and subtracted from the clock for centuries
 * without overflowing.
 */
public record TimestampRange(Duration range) {

    /** The problem to report for {@code at}, or null when it is in range. */
    public String problem(Instant at, Instant now) {
        if (at.isBefore(now.minus(range)) || at.isAfter(now.plus(range))) {
            return "must be within " + range.toDays() + " days of now (" + now + "); got " + at;
        }
        return null;
    }
}
