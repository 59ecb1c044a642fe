package io.alertify.pipeline.detect;

/**
 * A streaming anomaly detector for one series. Implementations see samples one at a time in
 * arrival order, never look ahead, and keep bounded state. They are not thread-safe: one instance
 * serves one series and is driven by one thread at a time.
 */
public interface Detector {

    /**
     * Scores one sample and then learns from it.
     *
     * @param timestampMillis epoch milliseconds of the sample (UTC wall clock)
     * @param value           the observed value; NaN is treated as a missing sample
     */
    Score sample(long timestampMillis, double value);

    /**
     * Checks for missing data without a sample: called by a timer when nothing has arrived.
     * The default says nothing; detectors that know the series' cadence override it.
     */
    default Score overdue(long nowMillis) {
        return Score.NONE;
    }

    /** Registry name of this detector kind, e.g. {@code auto}. */
    String kind();

    /** Writes the learned state; {@link #restore(StateIn)} on a fresh instance continues exactly. */
    void snapshot(StateOut out);

    /** Restores state written by {@link #snapshot(StateOut)} of the same kind and configuration. */
    void restore(StateIn in);
}
