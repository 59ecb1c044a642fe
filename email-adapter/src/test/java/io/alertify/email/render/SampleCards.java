package io.alertify.email.render;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import java.util.List;
import java.util.Locale;

/** Cards as bot-core hands them over, texts already translated. */
public final class SampleCards {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private SampleCards() {
    }

    public static Card english() {
        return new Card(42, Severity.CRITICAL, IncidentStatus.TRIGGERED,
                "[CRITICAL] checkout: latency > 500 for 3 samples",
                List.of(new Card.Field("Service", "checkout"), new Card.Field("Severity", "critical"),
                        new Card.Field("Status", "triggered"), new Card.Field("Opened", "2026-11-25 06:00 UTC")),
                "latency ▂▅█ 610 690 730",
                "Opened by alertify-pipeline",
                List.of(new Button(Action.ACKNOWLEDGE, "Acknowledge", "a:ACKNOWLEDGE:42", false),
                        new Button(Action.RESOLVE, "Resolve", "a:RESOLVE:42", false),
                        new Button(Action.RESTART_POD, "Restart Pod", "a:RESTART_POD:42", true)),
                "http://localhost:8080/incidents/42",
                Locale.ENGLISH);
    }

    public static Card russian() {
        return new Card(42, Severity.CRITICAL, IncidentStatus.TRIGGERED,
                "[КРИТИЧНО] checkout: задержка > 500 в 3 замерах",
                List.of(new Card.Field("Сервис", "checkout"), new Card.Field("Важность", "критично"),
                        new Card.Field("Статус", "открыт")),
                "latency ▂▅█ 610 690 730",
                "Открыт конвейером alertify-pipeline",
                List.of(new Button(Action.ACKNOWLEDGE, "Подтвердить", "a:ACKNOWLEDGE:42", false)),
                "http://localhost:8080/incidents/42",
                RUSSIAN);
    }

    /** The same incident once the metric recovered: no buttons left, a final footer. */
    public static Card resolved(Card card) {
        return new Card(card.incidentId(), card.severity(), IncidentStatus.RESOLVED, card.title(), card.fields(),
                card.evidence(), "Resolved automatically: the metric recovered", List.of(), card.link(),
                card.locale());
    }
}
