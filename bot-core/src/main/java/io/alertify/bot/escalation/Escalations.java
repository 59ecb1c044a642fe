package io.alertify.bot.escalation;

import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.escalation.EscalationPolicy.Progress;
import io.alertify.bot.escalation.EscalationStore.Row;
import io.alertify.bot.escalation.EscalationStore.State;
import io.alertify.bot.incident.IncidentChanged;
import io.alertify.bot.incident.IncidentChanged.Change;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.oncall.OnCallSchedules;
import io.alertify.bot.routing.Router;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalations as persisted state machines, one per incident card (a group of incidents shares one, so a
 * storm pages once per step, not once per incident). An incident whose route names a policy starts one;
 * acknowledging every open incident of the card stops it (until the acknowledgement expires, when
 * {@code ack-expires} is set), resolving them ends it. {@link #runDue} runs the steps that are due, each
 * card in a transaction of its own together with its delivery jobs, so a step runs exactly once: not
 * lost when the bot dies before the commit, not repeated after it.
 */
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final EscalationStore store;
    private final PolicyStore policies;
    private final Router router;
    private final IncidentService incidents;
    private final OnCallSchedules schedules;
    private final Paging paging;
    private final Duration ackExpires;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final java.util.function.LongPredicate muted;

    static final Duration MUTED_RECHECK = Duration.ofSeconds(30);

    /** @param muted whether an incident is silenced or inhibited now */
    Escalations(EscalationStore store, PolicyStore policies, Router router, IncidentService incidents,
            OnCallSchedules schedules, Paging paging, Duration ackExpires, TransactionTemplate transactions, Clock clock,
            java.util.function.LongPredicate muted) {
        this.muted = muted;
        this.store = store;
        this.policies = policies;
        this.router = router;
        this.incidents = incidents;
        this.schedules = schedules;
        this.paging = paging;
        this.ackExpires = ackExpires;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the transaction that changed the incident: the escalation starts, stops or ends with it. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    public void onChange(IncidentChanged change) {
        if (change.change() == Change.OPENED) {
            incidents.find(change.incidentId()).ifPresent(this::start);
        } else if (change.change() == Change.ACKNOWLEDGED || change.change() == Change.RESOLVED) {
            incidents.find(change.incidentId()).ifPresent(this::settle);
        }
    }

    private void start(IncidentSnapshot incident) {
        if (store.find(incident.cardKey()).isPresent()) {
            return; // the card's escalation runs already: one more incident in the group pages nobody twice
        }
        router.route(incident.service(), incident.severity(), incident.labels()).policy().ifPresent(policy ->
                store.insert(new Row(incident.cardKey(), incident.id(), policy, State.RUNNING,
                        Progress.start(clock.instant()), 0), clock.instant()));
    }

    private void settle(IncidentSnapshot incident) {
        store.find(incident.cardKey()).ifPresent(row -> {
            var open = openOf(incident);
            var now = clock.instant();
            if (open.isEmpty()) {
                store.delete(row.cardKey());
            } else if (open.stream().allMatch(i -> i.status() == IncidentStatus.ACKNOWLEDGED)
                    && row.state() == State.RUNNING) {
                var expires = ackExpires.isZero() ? Optional.<Instant>empty() : Optional.of(now.plus(ackExpires));
                var p = row.progress();
                store.update(row, State.ACKNOWLEDGED, new Progress(p.step(), p.round(), expires, p.turns()), now);
            }
        });
    }

    /** Runs every escalation due at {@code now}; returns how many ran a step. */
    public int runDue(Instant now) {
        var ran = 0;
        for (var cardKey : store.due(now, 100)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> runOne(cardKey, now)))) {
                    ran++;
                }
            } catch (RuntimeException e) {
                log.error("Escalation of {} failed; it is tried again at the next tick", cardKey, e);
            }
        }
        return ran;
    }

    private boolean runOne(String cardKey, Instant now) {
        var found = store.find(cardKey);
        if (found.isEmpty() || found.get().progress().dueAt().filter(due -> !due.isAfter(now)).isEmpty()) {
            return false; // another bot ran it, or it was stopped, since it was listed
        }
        var row = found.get();
        var incident = incidents.find(row.incidentId());
        if (incident.isEmpty() || openOf(incident.get()).isEmpty()) {
            store.delete(cardKey);
            return false;
        }
        var progress = row.progress();
        if (muted.test(row.incidentId())) {
            // silenced or inhibited: nobody is paged; looked at again until it is released or resolved
            var p = row.progress();
            store.update(row, row.state(), new Progress(p.step(), p.round(), Optional.of(now.plus(MUTED_RECHECK)),
                    p.turns()), now);
            return false;
        }
        if (row.state() == State.ACKNOWLEDGED) {
            for (var acknowledged : openOf(incident.get())) {
                incidents.expireAcknowledgement(acknowledged.id(), ackExpires);
            }
            progress = Progress.start(now);
        }
        var policy = policies.policy(row.policy());
        if (policy.isEmpty()) {
            log.warn("Escalation of {} names the policy {}, which no longer exists; it stops", cardKey, row.policy());
            store.delete(cardKey);
            return false;
        }
        var outcome = policy.get().run(progress, now, schedules::personOnCall);
        var state = outcome.progress().finished() ? State.FINISHED : State.RUNNING;
        if (!store.update(row, state, outcome.progress(), now)) {
            throw new ConcurrentRunException(cardKey);
        }
        var fresh = incidents.find(row.incidentId()).orElseThrow();
        paging.page(fresh, outcome.pages(), "alertify", "Escalation " + row.policy() + ", step "
                + (outcome.pages().isEmpty() ? "-" : outcome.pages().getFirst().step() + 1)
                + (outcome.pages().isEmpty() || outcome.pages().getFirst().round() == 0 ? ""
                        : ", repeat " + outcome.pages().getFirst().round()));
        return !outcome.pages().isEmpty();
    }

    /** The active incidents that share {@code incident}'s card. */
    private List<IncidentSnapshot> openOf(IncidentSnapshot incident) {
        var all = incident.groupId() == null ? List.of(incident) : incidents.inGroup(incident.groupId());
        return all.stream().filter(IncidentSnapshot::isActive).toList();
    }

    /** Two bots ran the same step at once; this one rolls back and leaves it to the other. */
    static final class ConcurrentRunException extends RuntimeException {
        ConcurrentRunException(String cardKey) {
            super("the escalation of " + cardKey + " was run by another bot at the same time");
        }
    }
}
