package io.alertify.telegram;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import java.util.List;
import java.util.Locale;

/** Cards as bot-core builds them, with the characters that HTML must not see raw. */
public final class TestCards {

    private TestCards() {
    }

    public static Card triggered() {
        return new Card(42, Severity.CRITICAL, IncidentStatus.TRIGGERED,
                "[CRITICAL] checkout: latency > 500 for 3 samples",
                List.of(new Card.Field("Service", "checkout <shop>"), new Card.Field("Status", "triggered")),
                "latency ▁▃█ 730 & rising",
                "Opened by alertify-pipeline",
                List.of(button(Action.ACKNOWLEDGE, "Acknowledge", false),
                        button(Action.RESOLVE, "Resolve", false),
                        button(Action.RESTART_POD, "Restart pod", true)),
                "https://alertify.example/api/incidents/42?view=full&x=1",
                Locale.ENGLISH);
    }

    public static Card acknowledged() {
        var card = triggered();
        return new Card(42, card.severity(), IncidentStatus.ACKNOWLEDGED, card.title(), card.fields(), card.evidence(),
                "Acknowledged by alice", card.buttons().subList(1, 3), card.link(), card.locale());
    }

    public static Card resolved() {
        var card = triggered();
        return new Card(42, card.severity(), IncidentStatus.RESOLVED, card.title(), card.fields(), card.evidence(),
                "Resolved by alice", List.of(), card.link(), card.locale());
    }

    public static Button button(Action action, String label, boolean dangerous) {
        return new Button(action, label, new ActionPayload(action, 42).encode(), dangerous);
    }
}
