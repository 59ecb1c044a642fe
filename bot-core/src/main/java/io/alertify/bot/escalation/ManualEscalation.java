package io.alertify.bot.escalation;

import io.alertify.bot.escalation.EscalationPolicy.Progress;
import io.alertify.bot.escalation.EscalationStore.Row;
import io.alertify.bot.escalation.EscalationStore.State;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.oncall.OnCallSchedules;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.routing.Router;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person escalating an incident: the Escalate button, {@code /escalate N}, {@code POST /incidents/{id}/escalate}.
 * The next step runs now (its wait skipped), or the chosen person or schedule is paged; either way the
 * timeline says who did it. An acknowledged incident stays acknowledged: asking for help is not letting go.
 */
@Transactional
public class ManualEscalation {

    public enum Outcome { DONE, NOT_FOUND, NOT_ACTIVE, NO_POLICY, NOBODY, UNKNOWN_TARGET }

    /** @param reached who was paged, for the reply ("Anna (telegram, email)") */
    public record Result(Outcome outcome, String reached) {
    }

    private final EscalationStore store;
    private final PolicyStore policies;
    private final Router router;
    private final IncidentService incidents;
    private final OnCallSchedules schedules;
    private final PeopleStore people;
    private final Paging paging;
    private final Clock clock;

    ManualEscalation(EscalationStore store, PolicyStore policies, Router router, IncidentService incidents,
            OnCallSchedules schedules, PeopleStore people, Paging paging, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.router = router;
        this.incidents = incidents;
        this.schedules = schedules;
        this.people = people;
        this.paging = paging;
        this.clock = clock;
    }

    public Result escalate(long incidentId, String target, String actor) {
        var incident = incidents.find(incidentId);
        if (incident.isEmpty()) {
            return new Result(Outcome.NOT_FOUND, "");
        }
        if (!incident.get().isActive()) {
            return new Result(Outcome.NOT_ACTIVE, "");
        }
        return switch (EscalationTarget.parse(target)) {
            case EscalationTarget.NextStep next -> nextStep(incident.get(), actor);
            case EscalationTarget.Person person -> toPerson(incident.get(), person.id(), actor, target);
            case EscalationTarget.Schedule schedule -> toSchedule(incident.get(), schedule.name(), actor);
        };
    }

    private Result toPerson(IncidentSnapshot incident, String id, String actor, String asked) {
        if (people.find(id).isEmpty()) {
            // a bare name may be a schedule's
            return asked.contains(":") ? new Result(Outcome.UNKNOWN_TARGET, "") : toSchedule(incident, id, actor);
        }
        return paged(incident, List.of(Page.person(id, 0, 0)), actor, "Escalated to " + id + " by " + actor);
    }

    private Result toSchedule(IncidentSnapshot incident, String name, String actor) {
        var schedule = schedules.find(name);
        if (schedule.isEmpty()) {
            return new Result(Outcome.UNKNOWN_TARGET, "");
        }
        var onCall = schedule.get().onCall(clock.instant());
        if (onCall.isEmpty()) {
            return new Result(Outcome.NOBODY, "");
        }
        return paged(incident, List.of(Page.person(onCall.get().person(), 0, 0)), actor,
                "Escalated to the on-call of " + name + " by " + actor);
    }

    private Result nextStep(IncidentSnapshot incident, String actor) {
        var now = clock.instant();
        var row = store.find(incident.cardKey()).or(() -> {
            var policy = router.route(incident.service(), incident.severity(), incident.labels()).policy();
            policy.ifPresent(p -> store.insert(new Row(incident.cardKey(), incident.id(), p, State.RUNNING,
                    Progress.start(now), 0), now));
            return store.find(incident.cardKey());
        });
        var policy = row.flatMap(r -> policies.policy(r.policy()));
        if (policy.isEmpty()) {
            return new Result(Outcome.NO_POLICY, "");
        }
        var current = row.get();
        var p = current.progress();
        var start = current.state() == State.FINISHED ? new Progress(0, p.round(), Optional.of(now), p.turns())
                : new Progress(p.step(), p.round(), Optional.of(now), p.turns());
        var outcome = policy.get().run(start, now, schedules::personOnCall);
        var next = outcome.progress();
        if (current.state() == State.ACKNOWLEDGED) {
            // keep the acknowledgement and its expiry; only the place in the policy moves
            next = new Progress(next.step(), next.round(), p.dueAt(), next.turns());
        }
        var state = current.state() == State.ACKNOWLEDGED ? State.ACKNOWLEDGED
                : next.finished() ? State.FINISHED : State.RUNNING;
        if (!store.update(current, state, next, now)) {
            throw new Escalations.ConcurrentRunException(current.cardKey());
        }
        return paged(incident, outcome.pages(), actor, "Escalated by " + actor + " (policy " + current.policy() + ")");
    }

    private Result paged(IncidentSnapshot incident, List<Page> pages, String actor, String why) {
        if (pages.isEmpty()) {
            return new Result(Outcome.NOBODY, "");
        }
        return new Result(Outcome.DONE, paging.page(incident, pages, actor, why));
    }
}
