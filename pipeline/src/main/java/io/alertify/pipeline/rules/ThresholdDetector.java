package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;

/**
 * A {@link ThresholdRule} applied to one series, with hysteresis: it fires only after a full streak
 * of breaching samples and recovers only after a full streak of normal ones, so a value wandering
 * around the threshold neither fires nor flaps.
 */
final class ThresholdDetector implements SeriesDetector {

    private final ThresholdRule rule;
    private boolean firing;
    /** Consecutive samples that point away from the current state (breaching while quiet, normal while firing). */
    private int streak;

    ThresholdDetector(ThresholdRule rule) {
        this.rule = rule;
    }

    @Override
    public Decision observe(MetricSample sample) {
        boolean breaching = rule.breaches(sample.value());
        streak = breaching != firing ? streak + 1 : 0;
        if (!firing && streak >= rule.forSamples()) {
            firing = true;
            streak = 0;
            return new Decision.Fire(finding(rule.breachCondition(), rule.forSamples(), sample));
        }
        if (firing && streak >= rule.recoverSamples()) {
            firing = false;
            streak = 0;
            return new Decision.Recover(finding(rule.recoveredCondition(), rule.recoverSamples(), sample));
        }
        return Decision.NOTHING;
    }

    private Finding finding(String condition, int samples, MetricSample sample) {
        var summary = condition + " for " + ThresholdRule.samples(samples) + " (last " + ThresholdRule.plain(sample.value()) + ")";
        return new Finding(rule.id(), rule.severity(), rule.expression(), summary);
    }
}
