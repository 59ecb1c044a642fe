package io.alertify.bot.incident;

import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.incident.IncidentChanged.Change;
import io.alertify.bot.incident.Transition.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident lifecycle: triggered, acknowledged, resolved; every change leaves a timeline line and
 * publishes an {@link IncidentChanged} in the same transaction.
 *
 * <p>One active incident per dedup key: a trigger attaches to the active incident under a row lock, or
 * inserts a new one whose {@code active_key} is unique. When two first triggers race, the loser's
 * insert fails on that key and its transaction must be retried (the intake does), after which it
 * attaches to the winner's incident.
 */
@Transactional
public class IncidentService {

    private final IncidentRepository incidents;
    private final IncidentGroupRepository groups;
    private final TimelineRepository timeline;
    private final ApplicationEventPublisher events;
    private final Grouping grouping;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, IncidentGroupRepository groups, TimelineRepository timeline,
            ApplicationEventPublisher events, Grouping grouping, Clock clock) {
        this.incidents = incidents;
        this.groups = groups;
        this.timeline = timeline;
        this.events = events;
        this.grouping = grouping;
        this.clock = clock;
    }

    /** Opens an incident, or repeats the active one with the same dedup key; returns its id. */
    public long trigger(Trigger trigger) {
        var active = incidents.findActiveForUpdate(trigger.dedupKey());
        if (active.isPresent()) {
            var incident = active.get();
            incident.repeat(trigger);
            append(incident.id(), TimelineKind.TRIGGERED_AGAIN, trigger);
            events.publishEvent(new IncidentChanged(incident.id(), Change.TRIGGERED_AGAIN, null));
            return incident.id();
        }
        var incident = Incident.open(trigger);
        incident.joinGroup(openGroup(grouping.keyOf(trigger)).id());
        incident = incidents.saveAndFlush(incident);
        append(incident.id(), TimelineKind.OPENED, trigger);
        events.publishEvent(new IncidentChanged(incident.id(), Change.OPENED, null));
        return incident.id();
    }

    /** Recovery: resolves the active incident of the key, if there is one. */
    public Optional<Long> resolveByKey(String dedupKey, String source, Instant at) {
        return incidents.findActiveForUpdate(dedupKey).map(incident -> {
            incident.resolve(actorOf(source), at);
            closeGroupIfDone(incident);
            timeline.save(new TimelineEntry(incident.id(), at, TimelineKind.RESOLVED, actorOf(source), "Recovered"));
            events.publishEvent(new IncidentChanged(incident.id(), Change.RESOLVED, null));
            return incident.id();
        });
    }

    public Transition acknowledge(long id, String actor) {
        var found = incidents.findForUpdate(id);
        if (found.isEmpty()) {
            return new Transition(Outcome.NOT_FOUND, null);
        }
        var incident = found.get();
        if (incident.status() == IncidentStatus.RESOLVED) {
            return refused(Outcome.ALREADY_RESOLVED, incident);
        }
        if (incident.status() == IncidentStatus.ACKNOWLEDGED) {
            return refused(Outcome.ALREADY_ACKNOWLEDGED, incident);
        }
        var now = clock.instant();
        incident.acknowledge(actor, now);
        timeline.save(new TimelineEntry(id, now, TimelineKind.ACKNOWLEDGED, actor, "Acknowledged"));
        events.publishEvent(new IncidentChanged(id, Change.ACKNOWLEDGED, null));
        return new Transition(Outcome.DONE, snapshot(incident));
    }

    /**
     * An acknowledgement that lasted {@code after} without a resolve: the incident is triggered again and
     * its cards say so. False when it is not acknowledged (any more).
     */
    public boolean expireAcknowledgement(long id, java.time.Duration after) {
        var found = incidents.findForUpdate(id);
        if (found.isEmpty() || found.get().status() != IncidentStatus.ACKNOWLEDGED) {
            return false;
        }
        var incident = found.get();
        var by = incident.snapshotAcknowledgedBy();
        incident.acknowledgementExpired();
        timeline.save(new TimelineEntry(id, clock.instant(), TimelineKind.ACKNOWLEDGEMENT_EXPIRED, "alertify",
                "Acknowledgement by " + by + " expired after " + after.toMinutes() + " min without a resolve"));
        events.publishEvent(new IncidentChanged(id, Change.NOTED, null));
        return true;
    }

    public Transition resolve(long id, String actor) {
        var found = incidents.findForUpdate(id);
        if (found.isEmpty()) {
            return new Transition(Outcome.NOT_FOUND, null);
        }
        var incident = found.get();
        if (incident.status() == IncidentStatus.RESOLVED) {
            return refused(Outcome.ALREADY_RESOLVED, incident);
        }
        var now = clock.instant();
        incident.resolve(actor, now);
        closeGroupIfDone(incident);
        timeline.save(new TimelineEntry(id, now, TimelineKind.RESOLVED, actor, "Resolved"));
        events.publishEvent(new IncidentChanged(id, Change.RESOLVED, null));
        return new Transition(Outcome.DONE, snapshot(incident));
    }

    /**
     * Adds a timeline line; the cards are updated and {@code announcement} (may be null) is said to
     * every destination that shows the incident once the transaction commits.
     *
     * @return false when there is no such incident
     */
    public boolean note(long id, TimelineKind kind, String actor, String text, Announcement announcement) {
        if (incidents.findForUpdate(id).isEmpty()) {
            return false;
        }
        timeline.save(new TimelineEntry(id, clock.instant(), kind, actor, text));
        events.publishEvent(new IncidentChanged(id, Change.NOTED, announcement));
        return true;
    }

    /** Adds a timeline line and tells nobody: for what the dispatcher itself reports (failed notifications). */
    public void record(long id, TimelineKind kind, String actor, String text) {
        if (incidents.existsById(id)) {
            timeline.save(new TimelineEntry(id, clock.instant(), kind, actor, text));
        }
    }

    @Transactional(readOnly = true)
    public Optional<IncidentSnapshot> find(long id) {
        return incidents.findById(id).map(this::snapshot);
    }

    @Transactional(readOnly = true)
    public Optional<IncidentSnapshot> findActive(String dedupKey) {
        return incidents.findActive(dedupKey).map(this::snapshot);
    }

    /** Ids of the active incidents, oldest first, without loading their timelines. */
    @Transactional(readOnly = true)
    public List<Long> activeIds() {
        return incidents.findAllActive().stream().map(Incident::id).toList();
    }

    /** Active incidents, oldest first, each with its timeline. */
    @Transactional(readOnly = true)
    public List<IncidentSnapshot> active() {
        var active = incidents.findAllActive();
        if (active.isEmpty()) {
            return List.of();
        }
        var lines = timeline.findByIncidentIdInOrderByIdAsc(active.stream().map(Incident::id).toList()).stream()
                .collect(Collectors.groupingBy(TimelineEntry::incidentId,
                        Collectors.mapping(TimelineEntry::toLine, Collectors.toList())));
        return active.stream().map(i -> i.snapshot(lines.getOrDefault(i.id(), List.of()))).toList();
    }

    /**
     * The incidents of a group, oldest first, without timelines (a group card lists them; the card of
     * one incident is rendered from {@link #find}).
     */
    @Transactional(readOnly = true)
    public List<IncidentSnapshot> inGroup(long groupId) {
        return incidents.findByGroup(groupId).stream().map(i -> i.snapshot(List.of())).toList();
    }

    /** The group is joined under its row lock, or created; two creators race on its unique active key. */
    private IncidentGroup openGroup(String key) {
        return groups.findOpenForUpdate(key)
                .orElseGet(() -> groups.saveAndFlush(new IncidentGroup(key, clock.instant())));
    }

    private void closeGroupIfDone(Incident resolved) {
        if (resolved.groupId() == null) {
            return;
        }
        incidents.flush();
        groups.findForUpdate(resolved.groupId()).ifPresent(group -> {
            if (incidents.countActiveInGroup(group.id()) == 0) {
                group.close();
            }
        });
    }

    private Transition refused(Outcome outcome, Incident incident) {
        return new Transition(outcome, snapshot(incident));
    }

    private void append(long id, TimelineKind kind, Trigger trigger) {
        var text = trigger.summary() == null ? trigger.title() : trigger.summary();
        timeline.save(new TimelineEntry(id, trigger.occurredAt(), kind, actorOf(trigger.source()), text));
    }

    private IncidentSnapshot snapshot(Incident incident) {
        return incident.snapshot(timeline.findByIncidentIdOrderByIdAsc(incident.id()).stream()
                .map(TimelineEntry::toLine).toList());
    }

    private static String actorOf(String source) {
        return source == null || source.isBlank() ? "alertify" : source;
    }
}
