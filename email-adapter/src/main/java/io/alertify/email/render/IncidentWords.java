package io.alertify.email.render;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Texts;
import java.util.List;
import java.util.Locale;

/**
 * The words the email adapter adds around a card, in the card's language: the heading, section
 * titles and one line per button telling how to act, since a mail has no buttons to press.
 */
record IncidentWords(
        String heading,
        String evidence,
        String actions,
        List<String> actionLines,
        String linkLabel,
        String automatic) {

    static IncidentWords of(Texts texts, Card card) {
        var locale = card.locale();
        // As a String: MessageFormat would print incident 1234 as "1,234".
        var id = String.valueOf(card.incidentId());
        var actionLines = card.buttons().stream()
                .map(button -> texts.get(locale, "email.action", button.label(), id))
                .toList();
        return new IncidentWords(
                texts.get(locale, "email.heading." + card.status().wireName(), id),
                texts.get(locale, "email.evidence"),
                texts.get(locale, "email.actions"),
                actionLines,
                texts.get(locale, "email.link"),
                texts.get(locale, "email.automatic"));
    }

    /**
     * bot-core links an incident by its API path ({@code /incidents/42}); a path alone is not a link
     * in a mail, so it reads as the call that shows the incident. Absolute URLs stay as they are.
     */
    static String apiLink(String link) {
        var trimmed = link == null ? "" : link.strip();
        return trimmed.startsWith("/") ? "GET " + trimmed : trimmed;
    }

    static String severityTag(Texts texts, Card card) {
        return "[" + texts.get(card.locale(), "email.severity." + card.severity().wireName()) + "]";
    }

    static Locale languageOf(Texts texts, Card card) {
        return card.locale() == null ? texts.defaultLocale() : card.locale();
    }
}
