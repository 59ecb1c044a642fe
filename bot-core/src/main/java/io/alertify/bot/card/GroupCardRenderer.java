package io.alertify.bot.card;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentSnapshot;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The card of a group of incidents (same {@code group_by} labels): how many, how bad, which are still
 * open, and buttons that act on all of them. The card of a group of one is the incident's own card.
 */
public class GroupCardRenderer {

    /** Lines listed before "and N more": a card must stay readable on a phone. */
    static final int LISTED = 15;
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Texts texts;
    private final Links links;

    public GroupCardRenderer(Texts texts, Links links) {
        this.texts = texts;
        this.links = links;
    }

    /** {@code incidents}: the group's incidents this destination takes, at least two, oldest first. */
    public Card render(long groupId, List<IncidentSnapshot> incidents, Locale locale) {
        var active = incidents.stream().filter(IncidentSnapshot::isActive).toList();
        var worst = (active.isEmpty() ? incidents : active).stream().map(IncidentSnapshot::severity)
                .min(Comparator.naturalOrder()).orElse(Severity.INFO);
        var triggered = active.stream().filter(i -> i.status() == IncidentStatus.TRIGGERED).count();
        var status = active.isEmpty() ? IncidentStatus.RESOLVED
                : triggered > 0 ? IncidentStatus.TRIGGERED : IncidentStatus.ACKNOWLEDGED;
        var severity = texts.get(locale, "bot.severity." + worst.wireName());
        var services = services(incidents);
        var title = texts.get(locale, "bot.group.title", severity.toUpperCase(locale), services,
                Integer.toString(incidents.size()));
        var fields = List.of(
                new Card.Field(texts.get(locale, "bot.card.field.service"), services),
                new Card.Field(texts.get(locale, "bot.card.field.severity"), severity),
                new Card.Field(texts.get(locale, "bot.card.field.status"), texts.get(locale, "bot.group.status",
                        Long.toString(triggered), Long.toString(active.size() - triggered),
                        Long.toString(incidents.size() - active.size()))),
                new Card.Field(texts.get(locale, "bot.card.field.opened"), OPENED.format(incidents.getFirst().openedAt())));
        return new Card(incidents.getFirst().id(), worst, status, title, fields, list(incidents, locale), "",
                buttons(groupId, triggered > 0, active, locale), links.incidents(), locale,
                "group:" + groupId);
    }

    private String list(List<IncidentSnapshot> incidents, Locale locale) {
        var lines = new StringJoiner("\n");
        // Open incidents first: they are what the reader has to act on.
        var ordered = new ArrayList<>(incidents);
        ordered.sort(Comparator.comparing((IncidentSnapshot i) -> !i.isActive())
                .thenComparing(IncidentSnapshot::severity).thenComparing(IncidentSnapshot::id));
        for (var incident : ordered.subList(0, Math.min(LISTED, ordered.size()))) {
            lines.add(texts.get(locale, "bot.group.line", Long.toString(incident.id()),
                    texts.get(locale, "bot.severity." + incident.severity().wireName()), incident.title(),
                    texts.get(locale, "bot.status." + incident.status().wireName())));
        }
        if (ordered.size() > LISTED) {
            lines.add(texts.get(locale, "bot.group.more", Integer.toString(ordered.size() - LISTED)));
        }
        return lines.toString();
    }

    static String services(List<IncidentSnapshot> incidents) {
        return String.join(", ", incidents.stream().map(IncidentSnapshot::service).distinct().limit(5).toList());
    }

    private List<Button> buttons(long groupId, boolean anyTriggered, List<IncidentSnapshot> active, Locale locale) {
        var buttons = new ArrayList<Button>();
        if (anyTriggered) {
            buttons.add(button(Action.ACKNOWLEDGE_ALL, groupId, locale));
        }
        if (!active.isEmpty()) {
            buttons.add(button(Action.RESOLVE_ALL, groupId, locale));
            // the group escalates as one (one escalation per card); any of its incidents names it
            buttons.add(button(Action.ESCALATE, active.getFirst().id(), locale));
            buttons.add(button(Action.SILENCE, active.getFirst().id(), locale));
        }
        return buttons;
    }

    private Button button(Action action, long groupId, Locale locale) {
        var label = texts.get(locale, "bot.button." + action.name().toLowerCase(Locale.ROOT));
        return new Button(action, label, new ActionPayload(action, groupId).encode(), false);
    }
}
