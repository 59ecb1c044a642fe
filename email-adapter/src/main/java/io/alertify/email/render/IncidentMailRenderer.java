package io.alertify.email.render;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Texts;

/**
 * Lays out a {@link Card} as an incident mail: subject, plain text and HTML. The card's own texts are
 * already in the reader's language; the words this adapter adds follow {@link Card#locale()}.
 */
public final class IncidentMailRenderer {

    private final Texts texts;
    private final String subjectPrefix;

    /** @param subjectPrefix put before every subject, e.g. {@code [Alertify]}; may be empty */
    public IncidentMailRenderer(Texts texts, String subjectPrefix) {
        this.texts = texts;
        this.subjectPrefix = subjectPrefix == null ? "" : subjectPrefix;
    }

    public MailContent render(Card card) {
        var words = IncidentWords.of(texts, card);
        return new MailContent(
                subject(card),
                IncidentTextBody.render(card, words),
                IncidentHtmlBody.render(card, words, IncidentWords.languageOf(texts, card)));
    }

    /** {@code [Alertify] [CRITICAL] checkout: latency > 500 for 3 samples}. */
    String subject(Card card) {
        var title = Subjects.oneLine(card.title());
        // Card titles start with their severity tag; one without it still gets it, because people
        // and inbox rules sort incident mail by severity.
        var tagged = title.startsWith("[") ? title : IncidentWords.severityTag(texts, card) + " " + title;
        return Subjects.prefixed(subjectPrefix, tagged);
    }
}
