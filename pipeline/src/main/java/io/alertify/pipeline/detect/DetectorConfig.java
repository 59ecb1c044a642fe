package io.alertify.pipeline.detect;

import java.util.EnumSet;
import java.util.Set;

/**
 * Configuration of an {@link AdaptiveDetector}. The defaults are deliberately series-agnostic: all
 * windows are counted in samples of the series itself (so they scale with its sampling interval)
 * and all scores are calibrated against the series' own history, so one configuration serves
 * every series without per-series tuning.
 *
 * @param name               registry name reported as the detector kind
 * @param signals            evidence that is combined into the score
 * @param baselineWindow     samples over which baselines adapt (exponential time constant)
 * @param calibrationHalfLife samples after which past statistics count half in the calibration
 * @param refractorySamples  samples during which a reported anomaly is not reported again
 * @param warmupSamples      samples seen before any score is given
 * @param decisionScore      score at or above which a sample is anomalous
 * @param zoneOffsetMillis   offset added to UTC timestamps before taking time of day / week
 */
public record DetectorConfig(
        String name,
        Set<Signal> signals,
        int baselineWindow,
        double calibrationHalfLife,
        int refractorySamples,
        int warmupSamples,
        double decisionScore,
        long zoneOffsetMillis) {

    public DetectorConfig {
        signals = Set.copyOf(signals);
        if (signals.isEmpty()) {
            throw new IllegalArgumentException("at least one signal is required");
        }
        if (baselineWindow < 2 || refractorySamples < 0 || warmupSamples < 0 || calibrationHalfLife < 1) {
            throw new IllegalArgumentException("invalid detector windows");
        }
        if (!(decisionScore > 0.0 && decisionScore <= 1.0)) {
            throw new IllegalArgumentException("decisionScore must be in (0, 1]");
        }
    }

    /** The default: every signal, combined. */
    public static DetectorConfig auto() {
        return of("auto", EnumSet.allOf(Signal.class));
    }

    /** Default windows with a chosen set of signals. */
    public static DetectorConfig of(String name, Set<Signal> signals) {
        return new DetectorConfig(name, signals, 256, 4096, 256, 64, 0.4, 0L);
    }
}
