package io.alertify.conversations.severity;

import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Texts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Severities as dialogs show them and as they travel in button values (their wire names). */
public final class SeverityNames {

    private SeverityNames() {
    }

    /** The severity whose wire name is exactly {@code value}; empty for anything else (it is user input). */
    public static Optional<Severity> fromValue(String value) {
        return Arrays.stream(Severity.values()).filter(s -> s.wireName().equals(value)).findFirst();
    }

    /** A button label, e.g. "Critical". */
    public static String label(Texts texts, Locale locale, Severity severity) {
        return texts.get(locale, "conversations.severity." + severity.wireName() + ".label");
    }

    /**
     * The severities for a sentence, least severe first ("error, critical"): read this way, the first
     * name is the threshold the chat chose.
     */
    public static String list(Texts texts, Locale locale, Set<Severity> severities) {
        return severities.stream()
                .sorted(Comparator.reverseOrder())
                .map(s -> texts.get(locale, "conversations.severity." + s.wireName()))
                .collect(Collectors.joining(", "));
    }
}
