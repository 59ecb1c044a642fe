package io.alertify.conversations.engine;

import io.alertify.conversations.api.ConversationKey;
import java.util.Locale;
import java.util.Objects;

/** Who the dialog talks to and in which language; fixed for the life of a conversation. */
public record DialogContext(ConversationKey key, Locale locale) {
    public DialogContext {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
    }
}
