package io.alertify.pipeline.rules;

import java.time.Instant;

/** One value of a series at one instant: what evidence is made of. */
public record Point(Instant at, double value) {
}
