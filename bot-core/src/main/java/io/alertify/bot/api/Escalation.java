package io.alertify.bot.api;

import java.util.List;
import java.util.Locale;

/**
 * Escalating an incident from chat: what the Escalate picker offers, and doing it. Adapters and the
 * escalate dialog use it; bot-core checks the role and records who did it in the timeline.
 */
public interface Escalation {

    /**
     * One choice of the picker.
     *
     * @param value what {@link #escalate} takes: {@code next}, {@code schedule:primary}, {@code person:anna}
     * @param label in the reader's language ("On call in primary: Anna")
     */
    record Target(String value, String label) {
    }

    /** The next step first, then each schedule with who is on call in it, then the people who can be paged. */
    List<Target> targets(Locale locale);

    /** Escalates and answers what happened, in {@code locale}: who was paged, or why nobody was. */
    CommandOutcome escalate(long incidentId, String target, ChatUser actor, Locale locale);
}
