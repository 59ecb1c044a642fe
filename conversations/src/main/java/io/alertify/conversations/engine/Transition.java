package io.alertify.conversations.engine;

import java.util.Objects;

/** The outcome of an answer: move to a state (possibly the same one) or end the dialog. */
public sealed interface Transition {

    /**
     * Ask the question of {@code state} next. {@code notice}, when not null, is shown above the
     * question, e.g. to say why the same question is asked again.
     */
    record Next(DialogState state, String notice) implements Transition {
        public Next {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The dialog is over; {@code text} is its closing message. */
    record Done(String text) implements Transition {
        public Done {
            Objects.requireNonNull(text, "text");
        }
    }

    static Transition to(DialogState state) {
        return new Next(state, null);
    }

    static Transition reAsk(DialogState state, String notice) {
        return new Next(state, notice);
    }

    static Transition done(String text) {
        return new Done(text);
    }
}
