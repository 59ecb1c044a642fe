package io.alertify.email.render;

import io.alertify.bot.api.Card;

/** The plain text part of an incident mail, for clients that do not show HTML and for screen readers. */
final class IncidentTextBody {

    private IncidentTextBody() {
    }

    static String render(Card card, IncidentWords words) {
        var out = new StringBuilder();
        out.append(words.heading()).append('\n');
        out.append(text(card.title())).append("\n\n");
        appendFields(out, card);
        var evidence = text(card.evidence());
        if (!evidence.isBlank()) {
            out.append(words.evidence()).append('\n').append(evidence.strip()).append("\n\n");
        }
        if (!words.actionLines().isEmpty()) {
            out.append(words.actions()).append('\n');
            words.actionLines().forEach(line -> out.append("- ").append(line).append('\n'));
            out.append('\n');
        }
        var link = IncidentWords.apiLink(card.link());
        if (!link.isEmpty()) {
            out.append(words.linkLabel()).append(' ').append(link).append("\n\n");
        }
        var footer = text(card.footer());
        if (!footer.isBlank()) {
            out.append(footer.strip()).append("\n\n");
        }
        return out.append(Html.signature(words.automatic())).toString();
    }

    /** Labels padded to one width, so the values line up in a monospaced client. */
    private static void appendFields(StringBuilder out, Card card) {
        if (card.fields().isEmpty()) {
            return;
        }
        int width = card.fields().stream().mapToInt(f -> text(f.label()).length()).max().orElse(0) + 1;
        for (var field : card.fields()) {
            var label = text(field.label()) + ":";
            out.append(label).append(" ".repeat(width - label.length() + 1)).append(text(field.value())).append('\n');
        }
        out.append('\n');
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
