package io.alertify.pipeline.bus;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One value of one metric of one service at one instant, as it travels on the ingest bus.
 *
 * @param labels where the value came from ({@code namespace}, {@code pod}, ...); never null, may be empty
 */
public record MetricSample(String service, String metric, Instant timestamp, double value, Map<String, String> labels) {

    public MetricSample {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(timestamp, "timestamp");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
