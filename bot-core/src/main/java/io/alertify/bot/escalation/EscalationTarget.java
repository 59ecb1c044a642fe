package io.alertify.bot.escalation;

/** Whom a person escalates an incident to. */
public sealed interface EscalationTarget {

    /** The policy's next step, now, without waiting. */
    record NextStep() implements EscalationTarget {
    }

    record Person(String id) implements EscalationTarget {
    }

    /** Whoever is on call in the schedule now. */
    record Schedule(String name) implements EscalationTarget {
    }

    /** {@code next}, {@code person:anna}, {@code schedule:primary}, or a bare name, tried as a person then a schedule. */
    static EscalationTarget parse(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("next")) {
            return new NextStep();
        }
        var v = value.strip();
        if (v.startsWith("person:")) {
            return new Person(v.substring("person:".length()));
        }
        if (v.startsWith("schedule:")) {
            return new Schedule(v.substring("schedule:".length()));
        }
        return new Person(v.startsWith("@") ? v.substring(1) : v);
    }
}
