package io.alertify.conversations.engine;

import io.alertify.bot.api.Role;

/**
 * A multi-step chat dialog as a state machine. The engine persists the {@link DialogState} between
 * button presses, so a dialog keeps no state of its own and must not assume it runs on the instance
 * that asked the previous question.
 *
 * <p>A dialog never sees chat platforms or conversation ids: it names its states, renders the
 * question of a state as plain {@link Option}s and turns an answer into a {@link Transition}. Answers
 * are user input (a stale button, a forged payload): a value the dialog does not offer must lead to a
 * re-ask, never to an exception.
 */
public interface Dialog {

    /** The name adapters start it by, e.g. {@code subscribe}. */
    String name();

    /** What a person types to start this dialog again, quoted when an old one has expired. */
    String command();

    /**
     * Who may start it. Both of Alertify's dialogs decide where incidents go, so by default only those
     * who may act on incidents: a passer-by in the on-call channel must not mute it.
     */
    default Role requiredRole() {
        return Role.ENGINEER;
    }

    /** The state a new conversation starts in. */
    DialogState start(DialogContext context);

    /** The question to show in {@code state}. */
    Question ask(DialogContext context, DialogState state);

    /** Where the answer {@code value} leads from {@code state}. */
    Transition answer(DialogContext context, DialogState state, String value);
}
