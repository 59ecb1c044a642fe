package io.alertify.bot.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Ordered steps, run from the top when an incident opens; each {@link EscalationStep.Wait} gives those
 * paged so far time to acknowledge. After the last step the policy starts again from the top, up to
 * {@code repeats} more times. Acknowledging or resolving the incident stops it: the caller simply asks
 * no more. Time comes in as an argument, so a test moves it and nothing sleeps.
 *
 * @param repeats how many more times the whole policy runs after the first (0: once)
 */
public record EscalationPolicy(String name, List<EscalationStep> steps, int repeats) {

    public EscalationPolicy {
        steps = List.copyOf(steps);
        if (steps.stream().noneMatch(step -> !(step instanceof EscalationStep.Wait))) {
            throw new IllegalArgumentException("policy " + name + " pages nobody: it needs a step that notifies");
        }
        if (repeats < 0) {
            throw new IllegalArgumentException("policy " + name + ": repeats must not be negative");
        }
    }

    /**
     * Where an escalation stands: the next step to run, in which round, and when it is due; {@code dueAt}
     * empty when the policy has run out. {@code turns} counts round-robin turns already taken.
     */
    public record Progress(int step, int round, Optional<Instant> dueAt, int turns) {

        public static Progress start(Instant openedAt) {
            return new Progress(0, 0, Optional.of(openedAt), 0);
        }

        public boolean finished() {
            return dueAt.isEmpty();
        }
    }

    /** What to page now, and the progress to keep. */
    public record Outcome(List<Page> pages, Progress progress) {
    }

    /**
     * Runs every step that is due at {@code now}, up to the next wait.
     *
     * @param onCall who is on call in a schedule at an instant, if anybody
     */
    public Outcome run(Progress progress, Instant now, BiFunction<String, Instant, Optional<String>> onCall) {
        if (progress.finished() || progress.dueAt().get().isAfter(now)) {
            return new Outcome(List.of(), progress);
        }
        var pages = new ArrayList<Page>();
        int step = progress.step();
        int round = progress.round();
        int turns = progress.turns();
        var at = progress.dueAt().get();
        while (true) {
            if (step == steps.size()) {
                if (round == repeats) {
                    return new Outcome(pages, new Progress(step, round, Optional.empty(), turns));
                }
                step = 0;
                round++;
            }
            var current = steps.get(step);
            switch (current) {
                case EscalationStep.Wait wait -> {
                    var due = at.plus(wait.duration());
                    if (due.isAfter(now)) {
                        return new Outcome(pages, new Progress(step + 1, round, Optional.of(due), turns));
                    }
                    at = due; // a wait that already passed (the bot was down): run what follows now, once
                }
                case EscalationStep.NotifyChannel channel -> pages.add(Page.channel(channel.destination(), step, round));
                case EscalationStep.NotifyOnCall schedule -> {
                    var person = onCall.apply(schedule.schedule(), now);
                    final int s = step;
                    final int r = round;
                    person.ifPresent(id -> pages.add(Page.person(id, s, r)));
                }
                case EscalationStep.NotifyPeople people -> {
                    for (var id : people.people()) {
                        pages.add(Page.person(id, step, round));
                    }
                }
                case EscalationStep.RoundRobin robin -> pages.add(Page.person(robin.people().get(turns++ % robin.people().size()),
                        step, round));
            }
            step++;
        }
    }
}
