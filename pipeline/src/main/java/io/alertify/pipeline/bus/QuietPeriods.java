package io.alertify.pipeline.bus;

/**
 * Implemented by a bus consumer that wants to hear, on its own thread, when no sample arrived for a
 * while: silence of a series that normally reports is itself a signal, and only the consumer's thread
 * may touch its per-series state.
 */
public interface QuietPeriods {

    /** Called on the consumer's thread after about a second without samples (and at most that often). */
    void quiet();
}
