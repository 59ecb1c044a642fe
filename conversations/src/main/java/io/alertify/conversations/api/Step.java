package io.alertify.conversations.api;

import java.util.List;

/** What the adapter shows next: a question with choices, or the dialog's closing message. */
public sealed interface Step {

    String conversationId();

    String text();

    /** A question. Render each choice as a button whose value is {@link Choice#payload()}. */
    record Prompt(String conversationId, String text, List<Choice> choices) implements Step {
        public Prompt {
            choices = List.copyOf(choices);
        }
    }

    /** The dialog is over; show the text and remove the buttons. */
    record Finished(String conversationId, String text) implements Step {
    }
}
