package io.alertify.bot.card;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The card a destination gets in a storm instead of one card per group: every incident it stands for
 * is counted under its group's service, and the link leads to the full list. No buttons: nobody should
 * resolve fifty services with one tap.
 */
public class SummaryCardRenderer {

    // Every group of a storm fits (about 40 characters each, well inside Slack's and Telegram's limits).
    static final int LISTED = 50;

    private final Texts texts;
    private final Links links;

    public SummaryCardRenderer(Texts texts, Links links) {
        this.texts = texts;
        this.links = links;
    }

    /** One list of incidents per group the summary stands for; at least one incident in all. */
    public Card render(long summaryId, List<List<IncidentSnapshot>> groups, Locale locale) {
        var all = groups.stream().flatMap(List::stream).toList();
        var active = all.stream().filter(IncidentSnapshot::isActive).count();
        var worst = all.stream().filter(IncidentSnapshot::isActive).map(IncidentSnapshot::severity)
                .min(Comparator.naturalOrder()).orElse(Severity.INFO);
        var title = texts.get(locale, "bot.summary.title", Long.toString(all.size()), GroupCardRenderer.services(all)
                + (all.stream().map(IncidentSnapshot::service).distinct().count() > 5 ? ", …" : ""));
        var fields = List.of(
                new Card.Field(texts.get(locale, "bot.summary.field.open"), Long.toString(active)),
                new Card.Field(texts.get(locale, "bot.summary.field.resolved"), Long.toString(all.size() - active)),
                new Card.Field(texts.get(locale, "bot.summary.field.groups"), Integer.toString(groups.size())));
        var lines = new StringJoiner("\n");
        var listed = groups.stream().filter(g -> !g.isEmpty())
                .sorted(Comparator.comparing((List<IncidentSnapshot> g) -> -g.stream().filter(IncidentSnapshot::isActive).count()))
                .toList();
        for (var group : listed.subList(0, Math.min(LISTED, listed.size()))) {
            lines.add(texts.get(locale, "bot.summary.line", GroupCardRenderer.services(group),
                    Integer.toString(group.size()), Long.toString(group.stream().filter(IncidentSnapshot::isActive).count())));
        }
        if (listed.size() > LISTED) {
            lines.add(texts.get(locale, "bot.summary.more", Integer.toString(listed.size() - LISTED)));
        }
        var status = active == 0 ? IncidentStatus.RESOLVED : IncidentStatus.TRIGGERED;
        return new Card(all.getFirst().id(), worst, status, title, fields, lines.toString(), "", List.of(),
                links.incidents(), locale, "summary:" + summaryId);
    }
}
