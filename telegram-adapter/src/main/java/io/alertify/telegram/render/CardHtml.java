package io.alertify.telegram.render;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Texts;
import java.util.List;
import java.util.Locale;

/**
 * A card as a Telegram HTML message: a bold title, the fields, the evidence as preformatted code, the
 * latest timeline entry in italics and a link. Every card text is escaped: titles and evidence carry
 * user data (service names, log lines, "latency > 500").
 *
 * <p>Telegram refuses messages over 4096 characters, so long evidence loses its oldest part first: the
 * newest points are what the reader needs.
 */
public final class CardHtml {

    public static final int MAX_TEXT_LENGTH = 4096;

    private static final String ELLIPSIS = "…";

    /** What wrapping the evidence adds around it. */
    private static final int EVIDENCE_MARKUP_LENGTH = evidenceBlock("").length();

    private final Texts texts;

    public CardHtml(Texts texts) {
        this.texts = texts;
    }

    public String render(Card card) {
        var evidence = card.evidence() == null ? "" : card.evidence().strip();
        var html = render(card, evidence);
        if (html.length() > MAX_TEXT_LENGTH && !evidence.isEmpty()) {
            var withoutEvidence = render(card, "");
            var budget = MAX_TEXT_LENGTH - withoutEvidence.length() - EVIDENCE_MARKUP_LENGTH - ELLIPSIS.length() - 1;
            var tail = newestFitting(evidence, budget);
            html = tail.isEmpty() ? withoutEvidence : render(card, ELLIPSIS + "\n" + tail);
        }
        return html.length() <= MAX_TEXT_LENGTH ? html : render(withoutFields(card), "");
    }

    /** The longest end of {@code evidence} whose escaped form fits {@code budget}, starting on a whole line. */
    private static String newestFitting(String evidence, int budget) {
        int start = evidence.length();
        int used = 0;
        while (start > 0) {
            int cost = Html.escape(String.valueOf(evidence.charAt(start - 1))).length();
            if (used + cost > budget) {
                break;
            }
            used += cost;
            start--;
        }
        int lineStart = evidence.indexOf('\n', start);
        if (start > 0 && evidence.charAt(start - 1) != '\n' && lineStart >= 0) {
            start = lineStart + 1;
        }
        if (start < evidence.length() && Character.isLowSurrogate(evidence.charAt(start))) {
            start++;
        }
        return evidence.substring(start);
    }

    private String render(Card card, String evidence) {
        var out = new StringBuilder();
        out.append(icon(card)).append(" <b>").append(Html.escape(card.title())).append("</b>\n");
        if (!card.fields().isEmpty()) {
            out.append('\n');
            for (var field : card.fields()) {
                out.append("<b>").append(Html.escape(field.label())).append(":</b> ")
                        .append(Html.escape(field.value())).append('\n');
            }
        }
        if (!evidence.isEmpty()) {
            out.append(evidenceBlock(Html.escape(evidence)));
        }
        if (card.footer() != null && !card.footer().isBlank()) {
            out.append("\n<i>").append(Html.escape(card.footer())).append("</i>\n");
        }
        if (isWebLink(card.link())) {
            out.append("\n<a href=\"").append(Html.escape(card.link())).append("\">")
                    .append(Html.escape(texts.get(locale(card), "telegram.card.details"))).append("</a>\n");
        }
        return out.toString().stripTrailing();
    }

    /** The evidence, already escaped, as a preformatted block set off by a blank line. */
    private static String evidenceBlock(String escaped) {
        return "\n<pre><code>" + escaped + "</code></pre>\n";
    }

    /** Last resort for absurdly long titles or field lists: the title alone still says what happened. */
    private static Card withoutFields(Card card) {
        var title = card.title().length() > 1000 ? card.title().substring(0, 1000) + ELLIPSIS : card.title();
        return new Card(card.incidentId(), card.severity(), card.status(), title, List.of(), "",
                card.footer() != null && card.footer().length() > 1000 ? "" : card.footer(),
                card.buttons(), card.link(), card.locale());
    }

    private static String icon(Card card) {
        if (!card.status().isActive()) {
            return "✅";
        }
        return switch (card.severity()) {
            case CRITICAL -> "🔴";
            case ERROR -> "🟠";
            case WARNING -> "🟡";
            case INFO -> "🔵";
        };
    }

    private static boolean isWebLink(String link) {
        return link != null && (link.startsWith("https://") || link.startsWith("http://"));
    }

    private Locale locale(Card card) {
        return card.locale() == null ? texts.defaultLocale() : card.locale();
    }
}
