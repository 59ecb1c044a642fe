package io.alertify.bot.dispatch;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.incident.Announcement;
import io.alertify.bot.incident.IncidentChanged;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.routing.Router;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells chats about incidents once their changes are committed, on a small executor, so that an
 * intake or a button press never waits for Slack.
 *
 * <p>On open, the card goes to every routed destination that has not had it (the incident_messages
 * row is the notification log, so a card is posted at most once per destination). On later changes
 * every posted card is updated where the platform edits in place; mail, which cannot change, gets
 * the update only when the incident resolves. Work on one incident is serialized and always renders
 * the incident as it is now, so a late post never shows a stale state.
 */
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int STRIPES = 64;

    private final IncidentService incidents;
    private final Router router;
    private final Subscriptions subscriptions;
    private final CardRenderer cards;
    private final Texts texts;
    private final Delivery delivery;
    private final IncidentMessageRepository messages;
    private final ExecutorService executor;
    private final Clock clock;
    private final Object[] locks = new Object[STRIPES];

    NotificationDispatcher(IncidentService incidents, Router router, Subscriptions subscriptions, CardRenderer cards,
            Texts texts, Delivery delivery, IncidentMessageRepository messages, ExecutorService executor, Clock clock) {
        this.incidents = incidents;
        this.router = router;
        this.subscriptions = subscriptions;
        this.cards = cards;
        this.texts = texts;
        this.delivery = delivery;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void onChange(IncidentChanged change) {
        if (change.change() == IncidentChanged.Change.TRIGGERED_AGAIN) {
            // The card already shows the incident; repeating it on every sample would be noise.
            return;
        }
        executor.execute(() -> handle(change));
    }

    void handle(IncidentChanged change) {
        synchronized (locks[Math.floorMod(Long.hashCode(change.incidentId()), STRIPES)]) {
            try {
                incidents.find(change.incidentId()).ifPresent(incident -> apply(change, incident));
            } catch (RuntimeException e) {
                log.error("Dispatch of {} for incident {} failed", change.change(), change.incidentId(), e);
            }
        }
    }

    private void apply(IncidentChanged change, IncidentSnapshot incident) {
        var cardsByLocale = new HashMap<Locale, Card>();
        Function<Locale, Card> card = locale -> cardsByLocale.computeIfAbsent(locale, l -> cards.render(incident, l));
        switch (change.change()) {
            case OPENED -> post(incident, card);
            case ACKNOWLEDGED -> update(incident, sent(incident), card, false);
            case RESOLVED -> update(incident, sent(incident), card, true);
            case NOTED -> {
                var sent = sent(incident);
                if (change.announcement() != null) {
                    announce(incident, sent, change.announcement());
                }
                update(incident, sent, card, false);
            }
            case TRIGGERED_AGAIN -> {
                // filtered out in onChange
            }
        }
    }

    /** The cards of an incident with their readers' language, looked up once per change. */
    private List<Sent> sent(IncidentSnapshot incident) {
        return messages.findByIncidentIdOrderByIdAsc(incident.id()).stream()
                .map(message -> new Sent(message, localeOf(message.destination())))
                .toList();
    }

    private record Sent(IncidentMessage message, Locale locale) {
    }

    private void post(IncidentSnapshot incident, Function<Locale, Card> card) {
        var posted = messages.findByIncidentIdOrderByIdAsc(incident.id()).stream()
                .map(IncidentMessage::destination)
                .collect(Collectors.toSet());
        for (var subscription : router.route(incident.severity())) {
            var destination = subscription.destination();
            if (posted.contains(destination)) {
                continue;
            }
            var rendered = card.apply(subscription.locale());
            delivery.post(incident.id(), destination, rendered).ifPresent(ref -> {
                try {
                    messages.save(new IncidentMessage(incident.id(), destination, ref, clock.instant()));
                } catch (DataIntegrityViolationException e) {
                    log.warn("Incident {} was posted to {} twice at once", incident.id(), destination);
                }
            });
        }
    }

    private void update(IncidentSnapshot incident, List<Sent> sent, Function<Locale, Card> card, boolean resolved) {
        for (var each : sent) {
            delivery.update(incident.id(), each.message().ref(), card.apply(each.locale()), resolved);
        }
    }

    private void announce(IncidentSnapshot incident, List<Sent> sent, Announcement announcement) {
        for (var each : sent) {
            var text = texts.get(each.locale(), announcement.textKey(), announcement.args().toArray());
            delivery.say(incident.id(), each.message().destination(), text, each.message().ref());
        }
    }

    /** Active incidents are dispatched again at startup: a card lost to a restart is posted now. */
    void recover() {
        incidents.activeIds().forEach(id -> onChange(new IncidentChanged(id, IncidentChanged.Change.OPENED, null)));
    }

    /** Sends {@code text} as is, later, to the given destinations, each in reply to its card when it has one. */
    void say(long incidentId, List<Target> targets, String text) {
        executor.execute(() -> targets.forEach(t -> delivery.say(incidentId, t.destination(), text, t.inReplyTo())));
    }

    Locale localeOf(Destination destination) {
        return subscriptions.localeOf(destination).orElse(texts.defaultLocale());
    }

    /** Lets notifications in flight finish for a few seconds when the application stops. */
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("Stopped with notifications still queued; active incidents are dispatched again at startup");
            executor.shutdownNow();
        }
    }

    /** Where a message goes and the card it replies to (null when the destination has none). */
    record Target(Destination destination, MessageRef inReplyTo) {
    }
}
