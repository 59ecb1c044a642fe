package io.alertify.bot.api;

import java.util.List;
import java.util.Locale;

/**
 * An incident as a chat message, independent of any platform, with every text already in the reader's
 * language. Adapters only lay it out: Block Kit in Slack, HTML plus an inline keyboard in Telegram, an
 * HTML and a text part in email.
 *
 * @param title    one line, e.g. "[CRITICAL] checkout: latency > 500 for 3 samples"
 * @param fields   label/value pairs shown as a table (service, severity, status, opened)
 * @param evidence the last points of the series as a text sparkline with values, or empty
 * @param footer   the latest timeline entry ("Acknowledged by Alice"), or empty
 * @param buttons  actions the reader may take now; empty once resolved
 * @param link     where to see the incident, an absolute URL, or empty
 * @param key      which card this is ({@code group:7}, {@code incident:42}, {@code summary:3}): stable
 *                 across updates, carried with the message where the platform allows
 */
public record Card(
        long incidentId,
        Severity severity,
        IncidentStatus status,
        String title,
        List<Field> fields,
        String evidence,
        String footer,
        List<Button> buttons,
        String link,
        Locale locale,
        String key) {

    public Card {
        fields = List.copyOf(fields);
        buttons = List.copyOf(buttons);
        key = key == null || key.isBlank() ? "incident:" + incidentId : key;
    }

    /** A card of one incident. */
    public Card(long incidentId, Severity severity, IncidentStatus status, String title, List<Field> fields,
            String evidence, String footer, List<Button> buttons, String link, Locale locale) {
        this(incidentId, severity, status, title, fields, evidence, footer, buttons, link, locale, null);
    }

    public record Field(String label, String value) {
    }
}
