package io.alertify.bot.api;

/**
 * Entry point for adapters: they turn a click or a text command into an {@link ActionCommand} and show
 * the outcome to the person who sent it. Permissions are checked here, once for every platform; cards
 * that show the incident are updated by bot-core, not by the caller.
 */
public interface IncidentCommands {

    CommandOutcome execute(ActionCommand command);
}
