package io.alertify.conversations.engine;

import io.alertify.conversations.api.ConversationKey;
import java.util.Locale;
import java.util.Objects;

/** Who the dialog talks to and in which language, fixed for the life of a conversation; what it was started with. */
public record DialogContext(ConversationKey key, Locale locale, java.util.Map<String, String> arguments) {
    public DialogContext {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        arguments = arguments == null ? java.util.Map.of() : java.util.Map.copyOf(arguments);
    }

    /** Arguments are for {@link Dialog#start} only: a dialog keeps what it needs of them in its state. */
    public DialogContext(ConversationKey key, Locale locale) {
        this(key, locale, java.util.Map.of());
    }
}
