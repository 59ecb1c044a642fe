package io.alertify.conversations.engine;

import java.util.List;

/** What a dialog asks in one state: a text and the answers it accepts. */
public record Question(String text, List<Option> options) {
    public Question {
        options = List.copyOf(options);
    }
}
