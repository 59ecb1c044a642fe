package io.alertify.telegram;

import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.IncidentCommands;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** bot-core's command entry point as a recorder: accepts every command unless told otherwise. */
public final class RecordingIncidentCommands implements IncidentCommands {

    private final List<ActionCommand> received = new CopyOnWriteArrayList<>();
    private volatile CommandOutcome outcome = new CommandOutcome(true, "Incident #42 acknowledged");
    private volatile RuntimeException failure;

    @Override
    public CommandOutcome execute(ActionCommand command) {
        received.add(command);
        if (failure != null) {
            throw failure;
        }
        return outcome;
    }

    public List<ActionCommand> received() {
        return List.copyOf(received);
    }

    public void answer(CommandOutcome next) {
        this.outcome = next;
        this.failure = null;
    }

    /** Forgets what was received and accepts again, for tests that share one application context. */
    public void reset() {
        received.clear();
        answer(new CommandOutcome(true, "Incident #42 acknowledged"));
    }

    public void failWith(RuntimeException next) {
        this.failure = next;
    }
}
