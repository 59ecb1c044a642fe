package io.alertify.bot.escalation;

import io.alertify.bot.api.Destination;
import java.time.Duration;
import java.util.List;

/** One step of an escalation policy, as Grafana OnCall and PagerDuty have them. */
public sealed interface EscalationStep {

    /** Post the incident to a chat or mailbox. */
    record NotifyChannel(Destination destination) implements EscalationStep {
    }

    /** Page whoever is on call in {@code schedule} at that moment. */
    record NotifyOnCall(String schedule) implements EscalationStep {
    }

    /** Page all of these people. */
    record NotifyPeople(List<String> people) implements EscalationStep {
        public NotifyPeople {
            people = List.copyOf(people);
        }
    }

    /** Page the next of these people each time the step runs, round the list. */
    record RoundRobin(List<String> people) implements EscalationStep {
        public RoundRobin {
            people = List.copyOf(people);
            if (people.isEmpty()) {
                throw new IllegalArgumentException("a round robin needs people");
            }
        }
    }

    /** Give whoever was paged this long to acknowledge before the next step. */
    record Wait(Duration duration) implements EscalationStep {
        public Wait {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a wait must be longer than zero");
            }
        }
    }
}
