package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;

/** A configured rule or detector: which series it watches, and a fresh detector for each of them. */
public interface DetectorDefinition {

    /**
     * Stable id, and the {@link Finding#detectorId()} of every finding its detectors make; it is part of the
     * fingerprint, so renaming a rule starts new incidents.
     */
    String id();

    /** Whether this definition watches the series the sample belongs to. */
    boolean appliesTo(MetricSample sample);

    /** A fresh detector for one series; definitions that keep learned state restore it here. */
    SeriesDetector newDetector(SeriesKey key);

    /** Saves learned state, if any; called from the processor's thread every few minutes and at shutdown. */
    default void checkpoint() {
    }

    /**
     * The series has been silent so long that the processor drops it: save what was learnt about it and
     * let go of it. If it reports again, {@link #newDetector} restores it.
     */
    default void forget(SeriesKey key) {
    }
}
