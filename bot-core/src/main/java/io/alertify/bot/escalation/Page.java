package io.alertify.bot.escalation;

import io.alertify.bot.api.Destination;

/** Somebody or somewhere to tell now: a person by id, or a destination. Exactly one is set. */
public record Page(String person, Destination destination, int step, int round) {

    public static Page person(String id, int step, int round) {
        return new Page(id, null, step, round);
    }

    public static Page channel(Destination destination, int step, int round) {
        return new Page(null, destination, step, round);
    }
}
