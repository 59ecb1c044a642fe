package io.alertify.bot.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Button;
import io.alertify.bot.api.Card;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CardRendererTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Instant OPENED = Instant.parse("2026-11-25T06:00:00Z");
    static final String EVIDENCE = """
            {"series": [{"metric": "latency", "points": [
              {"t": "2026-11-25T05:55:00Z", "v": 100.0}, {"t": "2026-11-25T05:56:00Z", "v": 200.0},
              {"t": "2026-11-25T05:57:00Z", "v": 300.0}, {"t": "2026-11-25T05:58:00Z", "v": 500.0},
              {"t": "2026-11-25T05:59:00Z", "v": 700.0}, {"t": "2026-11-25T06:00:00Z", "v": 730.0}]}],
             "logs": [], "links": []}
            """;

    private final CardRenderer renderer = new CardRenderer(new BundleTexts(Locale.ENGLISH, List.of("i18n/bot")),
            JsonMapper.builder().build(), new Links(java.net.URI.create("https://alertify.example.com/")));

    static IncidentSnapshot incident(IncidentStatus status, TimelineLine... timeline) {
        return new IncidentSnapshot(42, "9f2c", "checkout", Severity.CRITICAL, status, OPENED,
                "latency > 500 for 3 samples", "latency > 500 for 3 samples (last 730)",
                Map.of("namespace", "shop", "pod", "checkout-7d9f"), EVIDENCE,
                status == IncidentStatus.TRIGGERED ? null : "Alice", null, null, null, List.of(timeline));
    }

    static TimelineLine line(TimelineKind kind, String actor, String text) {
        return new TimelineLine(OPENED, kind, actor, text);
    }

    @Test
    void aTriggeredIncidentInEnglish() {
        var card = renderer.render(incident(IncidentStatus.TRIGGERED,
                line(TimelineKind.OPENED, "alertify-pipeline", "latency > 500 for 3 samples (last 730)")),
                Locale.ENGLISH);

        assertThat(card.title()).isEqualTo("[CRITICAL] checkout: latency > 500 for 3 samples");
        assertThat(card.fields()).extracting(Card.Field::label, Card.Field::value).containsExactly(
                tuple("Service", "checkout"),
                tuple("Severity", "Critical"),
                tuple("Status", "Triggered"),
                tuple("Opened", "2026-11-25 06:00 UTC"));
        assertThat(card.evidence()).isEqualTo("latency ▁▂▃▅▇█ 730");
        assertThat(card.footer()).isEqualTo("Opened by alertify-pipeline");
        assertThat(card.buttons()).extracting(Button::action, Button::label, Button::payload, Button::dangerous)
                .containsExactly(
                        tuple(Action.ACKNOWLEDGE, "Acknowledge", "a:ACKNOWLEDGE:42", false),
                        tuple(Action.RESOLVE, "Resolve", "a:RESOLVE:42", false),
                        tuple(Action.ESCALATE, "Escalate", "a:ESCALATE:42", false),
                        tuple(Action.SILENCE, "Silence", "a:SILENCE:42", false),
                        tuple(Action.RESTART_POD, "Restart Pod", "a:RESTART_POD:42", true));
        assertThat(card.link()).as("absolute, or chat could not open it").isEqualTo("https://alertify.example.com/incidents/42");
        assertThat(card.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anAcknowledgedIncidentInRussian() {
        var card = renderer.render(incident(IncidentStatus.ACKNOWLEDGED,
                line(TimelineKind.OPENED, "alertify-pipeline", "latency"),
                line(TimelineKind.ACKNOWLEDGED, "Алиса", "Acknowledged")), RU);

        assertThat(card.title()).isEqualTo("[КРИТИЧНО] checkout: latency > 500 for 3 samples");
        assertThat(card.fields()).extracting(Card.Field::label, Card.Field::value).containsExactly(
                tuple("Сервис", "checkout"),
                tuple("Важность", "Критично"),
                tuple("Статус", "Подтверждён"),
                tuple("Открыт", "2026-11-25 06:00 UTC"));
        assertThat(card.footer()).isEqualTo("Подтвердил(а) Алиса");
        assertThat(card.buttons()).extracting(Button::action, Button::label)
                .containsExactly(tuple(Action.RESOLVE, "Решить"), tuple(Action.ESCALATE, "Эскалировать"),
                        tuple(Action.SILENCE, "Заглушить"), tuple(Action.RESTART_POD, "Перезапустить под"));
    }

    @Test
    void aResolvedIncidentHasNoButtons() {
        var card = renderer.render(incident(IncidentStatus.RESOLVED,
                line(TimelineKind.RESOLVED, "Bob", "Resolved")), Locale.ENGLISH);

        assertThat(card.buttons()).isEmpty();
        assertThat(card.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(card.footer()).isEqualTo("Resolved by Bob");
    }

    @Test
    void aFailedNotificationIsNotWhatTheFooterShows() {
        var card = renderer.render(incident(IncidentStatus.TRIGGERED,
                line(TimelineKind.OPENED, "alertify-pipeline", "latency"),
                line(TimelineKind.NOTIFICATION_FAILED, "alertify", "Could not notify email:a@b: timeout")),
                Locale.ENGLISH);

        assertThat(card.footer()).isEqualTo("Opened by alertify-pipeline");
    }

    @Test
    void anIncidentWithoutEvidenceHasAnEmptyEvidenceLine() {
        var incident = incident(IncidentStatus.TRIGGERED);
        var bare = new IncidentSnapshot(incident.id(), incident.dedupKey(), incident.service(), incident.severity(),
                incident.status(), incident.openedAt(), incident.title(), incident.summary(), incident.labels(),
                "{}", null, null, null, null, List.of());

        var card = renderer.render(bare, Locale.ENGLISH);

        assertThat(card.evidence()).isEmpty();
        assertThat(card.footer()).isEmpty();
    }
}
