package io.alertify.email.render;

import static io.alertify.email.render.Html.escape;
import static io.alertify.email.render.IncidentTextBody.text;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import java.util.Locale;

/**
 * The HTML part of an incident mail. Mail clients ignore style sheets and scripts and many ignore
 * SVG, so this is plain tables, inline styles and colours only; every text is escaped.
 */
final class IncidentHtmlBody {

    private static final String MUTED = "#57606a";

    private IncidentHtmlBody() {
    }

    static String render(Card card, IncidentWords words, Locale language) {
        var out = new StringBuilder(2048);
        out.append("<p style=\"margin:0 0 4px;font-size:12px;color:").append(MUTED).append("\">")
                .append(escape(words.heading())).append("</p>\n");
        out.append("<h1 style=\"margin:0 0 12px;font-size:18px;color:").append(colour(card)).append("\">")
                .append(escape(text(card.title()))).append("</h1>\n");
        appendFields(out, card);
        var evidence = text(card.evidence()).strip();
        if (!evidence.isEmpty()) {
            section(out, words.evidence());
            out.append(SparklineBars.html(evidence));
            out.append("<pre style=\"margin:0 0 16px;font-family:Consolas,Menlo,monospace;font-size:13px;")
                    .append("white-space:pre-wrap\">").append(escape(evidence)).append("</pre>\n");
        }
        if (!words.actionLines().isEmpty()) {
            section(out, words.actions());
            out.append("<ul style=\"margin:0 0 16px;padding-left:20px\">\n");
            words.actionLines().forEach(line -> out.append("<li>").append(escape(line)).append("</li>\n"));
            out.append("</ul>\n");
        }
        var link = IncidentWords.apiLink(card.link());
        if (!link.isEmpty()) {
            out.append("<p style=\"margin:0 0 16px\">").append(escape(words.linkLabel())).append(' ')
                    .append(Html.link(link)).append("</p>\n");
        }
        var footer = text(card.footer()).strip();
        if (!footer.isEmpty()) {
            out.append("<p style=\"margin:0 0 16px;color:").append(MUTED).append("\">")
                    .append(Html.escapeLines(footer)).append("</p>\n");
        }
        return Html.page(language, out.toString(), words.automatic());
    }

    private static void appendFields(StringBuilder out, Card card) {
        if (card.fields().isEmpty()) {
            return;
        }
        out.append("<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;")
                .append("margin:0 0 16px\">\n");
        for (var field : card.fields()) {
            out.append("<tr><th align=\"left\" valign=\"top\" style=\"padding:4px 16px 4px 0;color:").append(MUTED)
                    .append("\">").append(escape(field.label())).append("</th><td style=\"padding:4px 0\">")
                    .append(Html.escapeLines(field.value())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void section(StringBuilder out, String title) {
        out.append("<h2 style=\"margin:16px 0 8px;font-size:15px\">").append(escape(title)).append("</h2>\n");
    }

    /** Red to blue by severity while the incident is open, green once it is resolved. */
    static String colour(Card card) {
        if (card.status() == IncidentStatus.RESOLVED) {
            return "#2b8a3e";
        }
        return switch (card.severity()) {
            case CRITICAL -> "#b00020";
            case ERROR -> "#d9480f";
            case WARNING -> "#9a6700";
            case INFO -> "#1c64c4";
        };
    }
}
