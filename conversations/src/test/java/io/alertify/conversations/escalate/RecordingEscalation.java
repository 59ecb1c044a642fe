package io.alertify.conversations.escalate;

import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Escalation;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** bot-core's escalation for the dialog's tests: two schedules and a person to pick, and what was picked. */
public final class RecordingEscalation implements Escalation {

    public record Escalated(long incident, String target, ChatUser actor) {
    }

    private final List<Escalated> escalated = new CopyOnWriteArrayList<>();

    @Override
    public List<Target> targets(Locale locale) {
        return List.of(new Target("next", "Next step of the policy, now"),
                new Target("schedule:primary", "On call in primary: Anna"),
                new Target("person:" + "x".repeat(40), "Somebody with a very long id"),
                new Target("person:boris", "Boris"));
    }

    @Override
    public CommandOutcome escalate(long incidentId, String target, ChatUser actor, Locale locale) {
        escalated.add(new Escalated(incidentId, target, actor));
        return new CommandOutcome(true, "Escalated incident #" + incidentId + ": " + target);
    }

    public List<Escalated> escalated() {
        return List.copyOf(escalated);
    }
}
