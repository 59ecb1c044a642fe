package io.alertify.slack;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.IncidentCommands;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** bot-core's command entry point, reduced to a log of what arrived and a list of refusals. */
public final class RecordingIncidentCommands implements IncidentCommands {

    private final List<ActionCommand> received = new CopyOnWriteArrayList<>();
    private final Map<Action, String> refusals = new ConcurrentHashMap<>();

    @Override
    public CommandOutcome execute(ActionCommand command) {
        received.add(command);
        var refusal = refusals.get(command.action());
        return refusal != null ? new CommandOutcome(false, refusal) : new CommandOutcome(true, "Done");
    }

    /** From now on, {@code action} is refused with {@code message}, as bot-core does for a missing role. */
    public void refuse(Action action, String message) {
        refusals.put(action, message);
    }

    public List<ActionCommand> received() {
        return List.copyOf(received);
    }

    public void reset() {
        received.clear();
        refusals.clear();
    }
}
