package io.alertify.bot.card;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineLine;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an incident into a {@link Card} in the reader's language: what fired, its evidence, what
 * happened last, and the buttons that make sense now.
 */
public class CardRenderer {

    /** Enough points to see a trend, few enough for a narrow phone screen. */
    private static final int POINTS = 20;
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Texts texts;
    private final JsonMapper json;
    private final Links links;

    public CardRenderer(Texts texts, JsonMapper json, Links links) {
        this.texts = texts;
        this.json = json;
        this.links = links;
    }

    public Card render(IncidentSnapshot incident, Locale locale) {
        return render(incident, locale, incident.cardKey());
    }

    /** The card of one incident, shown as the card {@code key} (its group's when it is alone in it). */
    public Card render(IncidentSnapshot incident, Locale locale, String key) {
        var severity = texts.get(locale, "bot.severity." + incident.severity().wireName());
        var title = texts.get(locale, "bot.card.title", severity.toUpperCase(locale), incident.service(),
                incident.title());
        var fields = new ArrayList<>(List.of(
                new Card.Field(texts.get(locale, "bot.card.field.service"), incident.service()),
                new Card.Field(texts.get(locale, "bot.card.field.severity"), severity),
                new Card.Field(texts.get(locale, "bot.card.field.status"),
                        texts.get(locale, "bot.status." + incident.status().wireName())),
                new Card.Field(texts.get(locale, "bot.card.field.opened"), OPENED.format(incident.openedAt()))));
        fields.addAll(senderFields(incident.evidence(), locale));
        return new Card(incident.id(), incident.severity(), incident.status(), title, fields,
                evidence(incident.evidence()), footer(incident, locale), buttons(incident, locale),
                links.incident(incident.id()), locale, key);
    }

    private String evidence(String evidenceJson) {
        var lines = new StringJoiner("\n");
        for (var series : json.readTree(evidenceJson).path("series")) {
            var values = new ArrayList<Double>();
            for (var point : series.path("points")) {
                var value = point.path("v");
                if (value.isNumber()) {
                    values.add(value.doubleValue());
                }
            }
            if (!values.isEmpty()) {
                var last = values.subList(Math.max(0, values.size() - POINTS), values.size());
                lines.add(metric(series) + " " + Sparkline.bars(last) + " " + Sparkline.value(last.getLast()));
            }
        }
        return lines.toString();
    }

    /** What an alert's sender added: its description and its links (runbook, dashboard, panel, silence, ...). */
    private List<Card.Field> senderFields(String evidenceJson, Locale locale) {
        var evidence = json.readTree(evidenceJson);
        var result = new ArrayList<Card.Field>();
        var description = evidence.path("description");
        if (description.isString() && !description.stringValue().isBlank()) {
            result.add(new Card.Field(texts.get(locale, "bot.card.field.description"), description.stringValue()));
        }
        for (var link : evidence.path("links")) {
            var kind = link.path("kind").asString("");
            var url = link.path("url").asString("");
            if (LINK_KINDS.contains(kind) && (url.startsWith("https://") || url.startsWith("http://"))) {
                result.add(new Card.Field(texts.get(locale, "bot.card.link." + kind), url));
            }
        }
        return result;
    }

    private static final java.util.Set<String> LINK_KINDS = java.util.Set.of("source", "runbook", "dashboard", "panel",
            "silence", "image");

    private static String metric(JsonNode series) {
        var metric = series.path("metric");
        return metric.isString() ? metric.stringValue() : "value";
    }

    /** The latest line people care about; failed notifications are for the API, not for the card. */
    private String footer(IncidentSnapshot incident, Locale locale) {
        return incident.timeline().reversed().stream()
                .filter(line -> line.kind().onCards())
                .findFirst()
                .map(line -> footerLine(line, locale))
                .orElse("");
    }

    private String footerLine(TimelineLine line, Locale locale) {
        return texts.get(locale, "bot.timeline." + line.kind().wireName(), line.actor(), line.text());
    }

    private List<Button> buttons(IncidentSnapshot incident, Locale locale) {
        if (!incident.isActive()) {
            return List.of();
        }
        var buttons = new ArrayList<Button>();
        if (incident.status() == IncidentStatus.TRIGGERED) {
            buttons.add(button(Action.ACKNOWLEDGE, incident.id(), locale, false));
        }
        buttons.add(button(Action.RESOLVE, incident.id(), locale, false));
        buttons.add(button(Action.ESCALATE, incident.id(), locale, false));
        buttons.add(button(Action.SILENCE, incident.id(), locale, false));
        buttons.add(button(Action.RESTART_POD, incident.id(), locale, true));
        return buttons;
    }

    private Button button(Action action, long incidentId, Locale locale, boolean dangerous) {
        var label = texts.get(locale, "bot.button." + action.name().toLowerCase(Locale.ROOT));
        return new Button(action, label, new ActionPayload(action, incidentId).encode(), dangerous);
    }
}
