package io.alertify.bot.incident;

import java.time.Instant;

/** One line of an incident's timeline, as the API and the cards read it. */
public record TimelineLine(Instant at, TimelineKind kind, String actor, String text) {
}
