package io.alertify.pipeline.detect;

/**
 * A streaming detector over several metrics of one service sampled together (for example latency
 * and error rate), scoring their joint behaviour: a combination can be anomalous although each
 * metric on its own looks normal.
 */
public interface MultiMetricDetector {

    /** Names of the metrics, in the order of the values passed to {@link #sample(long, double[])}. */
    java.util.List<String> metrics();

    Score sample(long timestampMillis, double[] values);

    void snapshot(StateOut out);

    void restore(StateIn in);
}
