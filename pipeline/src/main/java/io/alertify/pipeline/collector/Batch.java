package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import java.util.List;

/**
 * What a batch decoder made of a body: the samples it takes and, for each part it refused, where it was
 * ({@code line 3}, {@code timeseries[2]}) and why. A partly bad batch keeps its good part, as InfluxDB does.
 */
record Batch(List<MetricSample> samples, List<Refused> refused) {

    record Refused(String where, String why) {
    }

    Batch {
        samples = List.copyOf(samples);
        refused = List.copyOf(refused);
    }
}
