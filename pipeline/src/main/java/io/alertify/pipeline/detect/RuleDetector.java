package io.alertify.pipeline.detect;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.rules.Severity;
import io.alertify.pipeline.rules.ThresholdDetector;
import io.alertify.pipeline.rules.ThresholdRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The processor's {@link ThresholdRule} as a {@link Detector}, so that backtests and replays judge a
 * threshold with exactly the hysteresis that alerts in production. A threshold has no degrees: the
 * score is 1 while the rule fires and 0 otherwise.
 */
final class RuleDetector implements Detector {

    /** Epoch millis for "no instant" in a snapshot, whose entries cannot be null. */
    private static final long NONE = Long.MIN_VALUE;
    /** The series has no name here; the rule only looks at its values. */
    private static final String SERIES = "series";

    private final ThresholdRule rule;
    private final ThresholdDetector threshold;

    RuleDetector(ThresholdRule rule) {
        this.rule = rule;
        this.threshold = rule.newDetector();
    }

    /**
     * From the options of a {@code threshold:} spec (see {@link Detectors}): {@code for} is a sample count
     * ({@code 3}) or, with a unit, a duration ({@code 5m}); both counts default to 1 sample.
     */
    static RuleDetector fromSpec(Map<String, String> options) {
        int forSamples = 1;
        Duration forDuration = Duration.ZERO;
        String lasting = options.get("for");
        if (lasting != null && lasting.matches("\\d+")) {
            forSamples = Integer.parseInt(options.remove("for"));
        } else if (lasting != null) {
            forDuration = Duration.ofMillis(Detectors.durationOption(options, "for"));
        }
        Double above = number(options.remove("above"));
        Double below = number(options.remove("below"));
        int recoverSamples = count(options.remove("recover"));
        Double recoverAt = number(options.remove("recover-at"));
        var keep = Duration.ofMillis(Detectors.durationOption(options, "keep"));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) for threshold: " + options.keySet()
                    + "; known: above, below, for, recover, recover-at, keep");
        }
        var rule = new ThresholdRule("threshold", "value", above, below, forSamples, recoverSamples, Severity.WARNING,
                null, recoverAt, forDuration, keep);
        return new RuleDetector(rule);
    }

    private static Double number(String value) {
        return value == null ? null : Double.valueOf(value);
    }

    private static int count(String value) {
        return value == null ? 1 : Integer.parseInt(value);
    }

    @Override
    public String kind() {
        return "threshold";
    }

    /** A missing sample (NaN) changes nothing: the rule neither counts it as a breach nor as a recovery. */
    @Override
    public Score sample(long timestampMillis, double value) {
        if (!Double.isNaN(value)) {
            threshold.observe(new MetricSample(SERIES, rule.metric(), Instant.ofEpochMilli(timestampMillis), value, Map.of()));
        }
        if (!threshold.firing()) {
            return Score.NONE;
        }
        var last = Double.isNaN(value) ? "no value" : "last " + ThresholdRule.plain(value);
        return new Score(1.0, true, rule.expression() + " (" + last + ")");
    }

    @Override
    public void snapshot(StateOut out) {
        var state = threshold.state();
        out.put("firing", state.firing()).put("streak", state.streak())
                .put("breachSince", millis(state.breachSince())).put("lastBreach", millis(state.lastBreach()));
    }

    @Override
    public void restore(StateIn in) {
        threshold.restore(new ThresholdDetector.State(in.getBoolean("firing"), in.getInt("streak"),
                instant(in.getLong("breachSince")), instant(in.getLong("lastBreach"))));
    }

    private static long millis(Instant instant) {
        return instant == null ? NONE : instant.toEpochMilli();
    }

    private static Instant instant(long millis) {
        return millis == NONE ? null : Instant.ofEpochMilli(millis);
    }
}
