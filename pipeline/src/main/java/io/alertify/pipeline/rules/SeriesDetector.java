package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;
import java.time.Instant;

/**
 * Watches one series: sample in, decision out. One instance per series, created by a
 * {@link DetectorDefinition}, fed every sample of its series in order from a single thread, so it may
 * keep plain mutable state. Thresholds are one kind ({@link ThresholdDetector}); anomaly detectors
 * implement the same interface.
 *
 * <p>A detector must answer {@link Decision.Fire} once when its series becomes abnormal and
 * {@link Decision.Recover} once when it is normal again, never two fires in a row.
 */
public interface SeriesDetector {

    Decision observe(MetricSample sample);

    /**
     * No sample arrived for a while: detectors that know how often their series reports may fire for
     * the silence (or recover when it ends). {@code now} is the wall clock.
     */
    default Decision overdue(Instant now) {
        return Decision.NOTHING;
    }

    /**
     * The incident this detector's definition opened for the series, before the processor restarted, is
     * still open ({@code openedAt}): carry on as if it had fired, so that the series' recovery resolves it.
     * Without this a restart would leave the incident open for ever. Called at most once, before the first
     * sample.
     */
    void resume(Instant openedAt);
}
