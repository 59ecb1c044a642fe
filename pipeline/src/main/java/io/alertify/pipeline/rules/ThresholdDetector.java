package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;
import java.time.Duration;
import java.time.Instant;

/**
 * A {@link ThresholdRule} applied to one series, with hysteresis: it fires only after a full streak of
 * breaching samples (lasting {@code for}, when set) and recovers only after a full streak of samples
 * back at the recovery threshold, and no sooner than {@code keep-firing-for} after the last sample that
 * was not. So a value wandering around the threshold, or between the threshold and the recovery
 * threshold, neither fires nor flaps.
 */
public final class ThresholdDetector implements SeriesDetector {

    /**
     * Everything a restarted detector needs to continue exactly where this one was.
     *
     * @param streak      consecutive samples that point away from the current state (breaching while
     *                    quiet, recovering while firing)
     * @param breachSince while quiet, the first sample of the current breaching streak; null when none
     * @param lastBreach  while firing, the last sample that was not back at the recovery threshold
     */
    public record State(boolean firing, int streak, Instant breachSince, Instant lastBreach) {

        public static final State QUIET = new State(false, 0, null, null);

        public State {
            if (streak < 0) {
                throw new IllegalArgumentException("streak must not be negative: " + streak);
            }
            if (firing ? lastBreach == null : streak > 0 && breachSince == null) {
                throw new IllegalArgumentException(firing ? "a firing state needs its last breach"
                        : "a breaching streak needs its start");
            }
        }
    }

    private final ThresholdRule rule;
    private State state = State.QUIET;

    ThresholdDetector(ThresholdRule rule) {
        this.rule = rule;
    }

    @Override
    public Decision observe(MetricSample sample) {
        return state.firing() ? whileFiring(sample) : whileQuiet(sample);
    }

    private Decision whileQuiet(MetricSample sample) {
        if (!rule.breaches(sample.value())) {
            state = State.QUIET;
            return Decision.NOTHING;
        }
        var since = state.streak() == 0 ? sample.timestamp() : state.breachSince();
        int streak = state.streak() + 1;
        if (streak < rule.forSamples() || !lasted(since, sample.timestamp(), rule.forDuration())) {
            state = new State(false, streak, since, null);
            return Decision.NOTHING;
        }
        state = new State(true, 0, null, sample.timestamp());
        return new Decision.Fire(finding(rule.breachCondition() + " for " + rule.lasting(), sample));
    }

    private Decision whileFiring(MetricSample sample) {
        if (!rule.recovers(sample.value())) {
            state = new State(true, 0, null, sample.timestamp());
            return Decision.NOTHING;
        }
        int streak = state.streak() + 1;
        if (streak < rule.recoverSamples() || !lasted(state.lastBreach(), sample.timestamp(), rule.keepFiringFor())) {
            state = new State(true, streak, null, state.lastBreach());
            return Decision.NOTHING;
        }
        state = State.QUIET;
        return new Decision.Recover(finding(
                rule.recoveredCondition() + " for " + ThresholdRule.samples(rule.recoverSamples()), sample));
    }

    /** Firing since {@code openedAt}: recovers after {@code recover-samples} back at the recovery threshold. */
    @Override
    public void resume(Instant openedAt) {
        if (!state.firing()) {
            state = new State(true, 0, null, openedAt);
        }
    }

    /** A zero duration always holds, even when a late sample carries an older timestamp. */
    private static boolean lasted(Instant from, Instant to, Duration atLeast) {
        return atLeast.isZero() || Duration.between(from, to).compareTo(atLeast) >= 0;
    }

    private Finding finding(String condition, MetricSample sample) {
        var summary = condition + " (last " + ThresholdRule.plain(sample.value()) + ")";
        return new Finding(rule.id(), rule.severity(), rule.expression(), summary);
    }

    public boolean firing() {
        return state.firing();
    }

    public State state() {
        return state;
    }

    /** Continues from a state saved by {@link #state()} of a detector of the same rule. */
    public void restore(State saved) {
        state = saved;
    }
}
