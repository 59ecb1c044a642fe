package io.alertify.slack.card;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import java.util.List;
import java.util.Locale;

/** Cards as bot-core builds them, for the rendering and notifier tests. */
final class Cards {

    static final long INCIDENT = 42;

    private Cards() {
    }

    static Card triggered(Locale locale) {
        return new Card(INCIDENT, Severity.CRITICAL, IncidentStatus.TRIGGERED,
                "[CRITICAL] checkout: latency > 500 for 3 samples",
                List.of(new Card.Field("Service", "checkout"), new Card.Field("Severity", "critical"),
                        new Card.Field("Status", "triggered"), new Card.Field("Opened", "2026-11-25 06:00 UTC")),
                "latency ▁▃▅█ 610 680 730",
                "Opened by alertify-pipeline",
                List.of(button(Action.ACKNOWLEDGE, "Acknowledge", false),
                        button(Action.RESOLVE, "Resolve", false),
                        button(Action.RESTART_POD, "Restart Pod", true)),
                "https://alertify.example/api/incidents/42",
                locale);
    }

    static Card resolved() {
        return new Card(INCIDENT, Severity.CRITICAL, IncidentStatus.RESOLVED,
                "[RESOLVED] checkout: latency > 500 for 3 samples",
                List.of(new Card.Field("Service", "checkout"), new Card.Field("Status", "resolved")),
                "", "Resolved by Alice", List.of(), "", Locale.ENGLISH);
    }

    private static Button button(Action action, String label, boolean dangerous) {
        return new Button(action, label, new ActionPayload(action, INCIDENT).encode(), dangerous);
    }
}
