package io.alertify.bot.silence;

import io.alertify.bot.delivery.DeliveryPlanner;
import io.alertify.bot.delivery.Muting;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Silences and inhibitions. A muted incident is recorded like any other (its timeline says by what and until
 * when) but no chat hears of it and nobody is paged; when its silence ends, or its inhibiting incident
 * resolves, while it is still open, its card is posted after all with a line saying why now, and its
 * escalation runs. Checked every escalation tick ({@link #accept}), from the database, so a restart
 * neither loses nor repeats an end.
 */
public class Silences implements Muting, Consumer<Instant> {

    private final SilenceStore store;
    private final IncidentService incidents;
    private final DeliveryPlanner planner;
    private final List<SilenceProperties.InhibitRule> inhibit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Silences(SilenceStore store, IncidentService incidents, DeliveryPlanner planner,
            List<SilenceProperties.InhibitRule> inhibit, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.planner = planner;
        this.inhibit = List.copyOf(inhibit);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What silences and inhibition rules match on: the incident's labels, its service and its severity. */
    static Map<String, String> labelsOf(IncidentSnapshot incident) {
        var labels = new HashMap<>(incident.labels());
        labels.putIfAbsent("service", incident.service());
        labels.putIfAbsent("severity", incident.severity().wireName());
        return labels;
    }

    @Override
    public boolean muted(IncidentSnapshot incident) {
        if (store.isMuted(incident.id())) {
            return true;
        }
        var now = clock.instant();
        var labels = labelsOf(incident);
        var silence = store.current(now).stream().filter(s -> s.activeAt(now) && s.matches(labels)).findFirst();
        if (silence.isPresent()) {
            mute(incident, silence.get());
            return true;
        }
        var inhibitor = inhibitor(incident, labels);
        if (inhibitor.isPresent()) {
            store.mute(incident.id(), null, inhibitor.get().id());
            incidents.record(incident.id(), TimelineKind.SILENCED, "alertify", "Muted while incident #"
                    + inhibitor.get().id() + " (" + inhibitor.get().title() + ") is open: an inhibition rule");
            return true;
        }
        return false;
    }

    public boolean isMuted(long incidentId) {
        return store.isMuted(incidentId);
    }

    /** Creates a silence and mutes the open incidents it matches at once. */
    public Silence create(List<Matcher> matchers, Instant from, Instant until, String actor, String comment) {
        return transactions.execute(status -> {
            var draft = new Silence(0, matchers, from, until, actor, comment == null ? "" : comment);
            var silence = new Silence(store.add(draft), matchers, from, until, actor, draft.comment());
            var now = clock.instant();
            if (silence.activeAt(now)) {
                for (var incident : incidents.active()) {
                    if (!store.isMuted(incident.id()) && silence.matches(labelsOf(incident))) {
                        mute(incident, silence);
                    }
                }
            }
            return silence;
        });
    }

    public List<Silence> current() {
        return store.current(clock.instant());
    }

    public Optional<Silence> find(long id) {
        return store.find(id);
    }

    /** Ends a silence now; what it muted is released at the next tick. */
    public boolean end(long id) {
        return store.end(id, clock.instant());
    }

    /** Releases what ended silences and resolved inhibitors held back, and says so in the chats. */
    @Override
    public void accept(Instant now) {
        for (var ended : store.endedUntold(now)) {
            transactions.executeWithoutResult(status -> {
                if (store.markTold(ended.id())) {
                    store.stillMuted().stream().filter(m -> Long.valueOf(ended.id()).equals(m.silenceId()))
                            .forEach(m -> release(m.incidentId(), now, "Silence #" + ended.id() + " ("
                                    + (ended.comment().isBlank() ? "no comment" : ended.comment()) + ") ended at "
                                    + ended.endsAt() + "; this incident is still open."));
                }
            });
        }
        for (var muted : store.stillMuted()) {
            if (muted.inhibitedBy() != null && incidents.find(muted.inhibitedBy()).filter(IncidentSnapshot::isActive)
                    .isEmpty()) {
                transactions.executeWithoutResult(status -> release(muted.incidentId(), now, "Incident #"
                        + muted.inhibitedBy() + ", which muted this one, is resolved; this one is still open."));
            }
        }
    }

    private void release(long incidentId, Instant now, String why) {
        var incident = incidents.find(incidentId);
        store.release(incidentId, now);
        if (incident.isEmpty() || !incident.get().isActive()) {
            return;
        }
        var labels = labelsOf(incident.get());
        var other = store.current(now).stream().filter(s -> s.activeAt(now) && s.matches(labels)).findFirst();
        if (other.isPresent()) {
            store.mute(incidentId, other.get().id(), null); // another silence still covers it
            return;
        }
        incidents.record(incidentId, TimelineKind.SILENCED, "alertify", why);
        planner.openAfterMute(incident.get(), why);
    }

    private void mute(IncidentSnapshot incident, Silence silence) {
        store.mute(incident.id(), silence.id(), null);
        incidents.record(incident.id(), TimelineKind.SILENCED, silence.createdBy(), "Silenced until "
                + silence.endsAt() + " by silence #" + silence.id()
                + (silence.comment().isBlank() ? "" : ": " + silence.comment()));
    }

    private Optional<IncidentSnapshot> inhibitor(IncidentSnapshot incident, Map<String, String> labels) {
        for (var rule : inhibit) {
            if (!rule.targetMatchers().stream().allMatch(m -> m.matches(labels))) {
                continue;
            }
            var source = rule.sourceMatchers();
            var found = incidents.active().stream().filter(other -> other.id() != incident.id())
                    .filter(other -> {
                        var otherLabels = labelsOf(other);
                        return source.stream().allMatch(m -> m.matches(otherLabels)) && rule.equal().stream()
                                .allMatch(l -> java.util.Objects.equals(otherLabels.get(l), labels.get(l)));
                    }).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
