package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentChanged;
import io.alertify.bot.incident.IncidentChanged.Change;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.routing.Router;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides who must be told what about an incident change, and writes it down as jobs in the same
 * transaction as the change: once the change is committed (and acknowledged to anyone), its messages
 * are too. Nothing here talks to a platform; notifiers send the jobs (see {@link DeliveryWorker}).
 *
 * <p>The card a destination gets is its group's ({@code group:<id>}); a mailbox, which cannot edit,
 * gets one mail per incident ({@code incident:<id>}). A destination in a storm (its new cards would
 * take longer than {@code storm-after} to post) gets every further group on its summary card.
 */
public class DeliveryPlanner {

    private final IncidentService incidents;
    private final Router router;
    private final Subscriptions subscriptions;
    private final Texts texts;
    private final JobStore jobs;
    private final PostedCards posted;
    private final DestinationStore destinations;
    private final Summaries summaries;
    private final DeliveryProperties properties;
    private final Wakeup wakeup;
    private final Clock clock;
    private final PeopleStore people;
    private final java.util.function.Supplier<Muting> muting;

    DeliveryPlanner(IncidentService incidents, Router router, Subscriptions subscriptions, Texts texts, JobStore jobs,
            PostedCards posted, DestinationStore destinations, Summaries summaries, DeliveryProperties properties,
            Wakeup wakeup, Clock clock, PeopleStore people, java.util.function.Supplier<Muting> muting) {
        this.incidents = incidents;
        this.router = router;
        this.subscriptions = subscriptions;
        this.texts = texts;
        this.jobs = jobs;
        this.posted = posted;
        this.destinations = destinations;
        this.summaries = summaries;
        this.properties = properties;
        this.wakeup = wakeup;
        this.clock = clock;
        this.people = people;
        this.muting = muting;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void onChange(IncidentChanged change) {
        if (change.change() == Change.TRIGGERED_AGAIN) {
            // The card already shows the incident; repeating it on every sample would be noise.
            return;
        }
        incidents.find(change.incidentId()).ifPresent(incident -> plan(change, incident));
        wakeAfterCommit();
    }

    private void plan(IncidentChanged change, IncidentSnapshot incident) {
        var now = clock.instant();
        if (change.change() == Change.OPENED) {
            if (muting.get().muted(incident)) {
                return; // recorded, and told when the silence or inhibition that muted it is over
            }
            for (var destination : routed(incident).destinations()) {
                open(incident, destination, now);
            }
            return;
        }
        for (var destination : showing(incident)) {
            var subject = subjectAt(incident, destination);
            if (change.announcement() != null) {
                var locale = localeOf(destination);
                var announcement = change.announcement();
                jobs.enqueueSay(destination, subject, incident.id(),
                        texts.get(locale, announcement.textKey(), announcement.args().toArray()), locale, now);
            }
            // A mail cannot change: it hears again only when the incident is resolved.
            if (editsInPlace(destination) || change.change() == Change.RESOLVED) {
                jobs.enqueueCard(destination, subject, incident.id(), localeOf(destination), now, now);
            }
        }
    }

    private void open(IncidentSnapshot incident, Destination destination, Instant now) {
        destinations.ensure(destination, now);
        var subject = subjectAt(incident, destination);
        var notBefore = now;
        if (subject.startsWith("group:")) {
            var known = posted.find(destination, subject).isPresent();
            if (!known && !jobs.hasQueued(destination, subject)) {
                if (inStorm(destination)) {
                    subject = "summary:" + summaries.join(destination, incident.groupId(), now);
                } else {
                    notBefore = now.plus(properties.groupWait());
                }
            } else if (known) {
                notBefore = now.plus(properties.groupInterval());
            }
        }
        jobs.enqueueCard(destination, subject, incident.id(), localeOf(destination), now, notBefore);
    }

    /** The card that shows {@code incident} at {@code destination}: a summary covering its group, its group's, or its own. */
    String subjectAt(IncidentSnapshot incident, Destination destination) {
        if (!editsInPlace(destination) || incident.groupId() == null) {
            return "incident:" + incident.id();
        }
        return summaries.covering(destination, incident.groupId()).map(id -> "summary:" + id)
                .orElse(incident.cardKey());
    }

    /** Where the incident is shown or about to be: routed destinations and those that have its card. */
    private LinkedHashSet<Destination> showing(IncidentSnapshot incident) {
        var result = new LinkedHashSet<Destination>();
        for (var subject : new LinkedHashSet<>(java.util.List.of(incident.cardKey(), "incident:" + incident.id()))) {
            posted.shown(subject).forEach(message -> result.add(message.destination()));
        }
        for (var destination : routed(incident).destinations()) {
            var subject = subjectAt(incident, destination);
            if (posted.find(destination, subject).isPresent() || jobs.hasQueued(destination, subject)) {
                result.add(destination);
            }
        }
        return result;
    }

    private Router.Routed routed(IncidentSnapshot incident) {
        return router.route(incident.service(), incident.severity(), incident.labels());
    }

    /**
     * An escalation step reaching {@code destination} (a person's direct chat, their mailbox, or a channel):
     * the incident's card when it has none there yet; when it has, and {@code nudge}, a "still not
     * acknowledged" in the card's thread, so a page that repeats pings without piling up cards. A card
     * still on its way is the page already. Written in the caller's transaction.
     *
     * @param locale the person's language; null for a channel, which has its own
     */
    public void page(IncidentSnapshot incident, Destination destination, Locale locale, boolean nudge) {
        var now = clock.instant();
        var language = locale != null ? locale : localeOf(destination);
        destinations.ensure(destination, now);
        var subject = subjectAt(incident, destination);
        if (jobs.hasQueued(destination, subject)) {
            return;
        }
        if (posted.find(destination, subject).isEmpty()) {
            jobs.enqueueCard(destination, subject, incident.id(), language, now, now);
        } else if (nudge) {
            jobs.enqueueSay(destination, subject, incident.id(),
                    texts.get(language, "bot.page.again", incident.title(), Long.toString(incident.id())), language, now);
        } else {
            return;
        }
        wakeAfterCommit();
    }

    /** A muted incident, released while still open: its card now, and why now in its thread. */
    public void openAfterMute(IncidentSnapshot incident, String why) {
        var now = clock.instant();
        for (var destination : routed(incident).destinations()) {
            open(incident, destination, now);
            var locale = localeOf(destination);
            jobs.enqueueSay(destination, subjectAt(incident, destination), incident.id(),
                    texts.get(locale, "bot.silence.released", why), locale, now);
        }
        wakeAfterCommit();
    }

    /** Says {@code text} to {@code destination}, in the thread of {@code subject}'s card where there is one. */
    public void say(Destination destination, String subject, Long incidentId, String text) {
        var now = clock.instant();
        destinations.ensure(destination, now);
        jobs.enqueueSay(destination, subject, incidentId, text, localeOf(destination), now);
        wakeAfterCommit();
    }

    /** {@code repeat-interval}: a card whose group is still open is brought up in its thread. */
    void remind(PostedCards.Reminder reminder, Instant now) {
        var groupId = Long.parseLong(reminder.subject().substring("group:".length()));
        var open = incidents.inGroup(groupId).stream().filter(IncidentSnapshot::isActive).toList();
        if (open.isEmpty()) {
            return;
        }
        var destination = reminder.destination();
        var locale = localeOf(destination);
        var first = open.getFirst();
        var what = open.size() == 1 ? first.title()
                : texts.get(locale, "bot.group.title", "", first.service(), Integer.toString(open.size())).trim();
        var age = java.time.Duration.between(first.openedAt(), now);
        var since = age.toHours() > 0 ? age.toHours() + " h" : age.toMinutes() + " min";
        jobs.enqueueSay(destination, reminder.subject(), first.id(), texts.get(locale, "bot.reminder", what, since),
                locale, now);
    }

    private boolean inStorm(Destination destination) {
        var limits = properties.limits(destination.channel());
        var gap = Pacer.isGroup(destination) ? limits.perGroup() : limits.perDestination();
        if (gap.isZero()) {
            return false;
        }
        return gap.multipliedBy(jobs.waitingPosts(destination) + 1L).compareTo(properties.stormAfter()) > 0;
    }

    static boolean editsInPlace(Destination destination) {
        return destination.channel() != Channel.EMAIL;
    }

    Locale localeOf(Destination destination) {
        return subscriptions.localeOf(destination).or(() -> people.localeOf(destination)).orElse(texts.defaultLocale());
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeup.signal();
                }
            });
        } else {
            wakeup.signal();
        }
    }
}
