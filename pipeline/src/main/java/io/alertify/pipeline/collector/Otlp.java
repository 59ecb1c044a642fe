package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OTLP metrics (the {@code opentelemetry-proto} classes): every gauge and sum data point is a sample;
 * histograms and summaries are distributions, not one value, and are counted as rejected. The service is
 * the resource attribute {@code service.name}; the other resource and point attributes are labels.
 */
final class Otlp {

    private final SampleRules rules;
    private final int maxSamples;

    Otlp(SampleRules rules, int maxSamples) {
        this.rules = rules;
        this.maxSamples = maxSamples;
    }

    Batch read(ExportMetricsServiceRequest request, Instant receivedAt) {
        var samples = new ArrayList<MetricSample>();
        var refused = new ArrayList<Batch.Refused>();
        for (int r = 0; r < request.getResourceMetricsCount(); r++) {
            var resource = request.getResourceMetrics(r);
            var resourceLabels = attributes(resource.getResource().getAttributesList());
            var service = resourceLabels.remove("service.name");
            for (int s = 0; s < resource.getScopeMetricsCount(); s++) {
                var scope = resource.getScopeMetrics(s);
                for (int m = 0; m < scope.getMetricsCount(); m++) {
                    var metric = scope.getMetrics(m);
                    var where = "resource_metrics[" + r + "].scope_metrics[" + s + "].metrics[" + m + "] "
                            + SampleRules.shortened(metric.getName());
                    var points = points(metric);
                    if (points == null) {
                        refused.add(new Batch.Refused(where, "a " + metric.getDataCase().name().toLowerCase()
                                + " is a distribution; Alertify takes gauges and sums"));
                        continue;
                    }
                    for (var point : points) {
                        if (samples.size() == maxSamples) {
                            refused.add(new Batch.Refused(where, "the batch holds more than " + maxSamples
                                    + " samples (alertify.pipeline.batch-limits.max-samples)"));
                            return new Batch(samples, refused);
                        }
                        var labels = new LinkedHashMap<>(resourceLabels);
                        labels.putAll(attributes(point.getAttributesList()));
                        var value = point.hasAsInt() ? point.getAsInt() : point.getAsDouble();
                        var at = point.getTimeUnixNano() == 0 ? receivedAt
                                : Instant.ofEpochSecond(0, point.getTimeUnixNano());
                        var problems = rules.problems(service, metric.getName(), at, value, labels, receivedAt);
                        if (!problems.isEmpty()) {
                            refused.add(new Batch.Refused(where, problems.getFirst().toString()));
                            continue;
                        }
                        samples.add(rules.sample(service, metric.getName(), at, value, Map.copyOf(labels)));
                    }
                }
            }
        }
        return new Batch(samples, refused);
    }

    private static List<NumberDataPoint> points(Metric metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> metric.getGauge().getDataPointsList();
            case SUM -> metric.getSum().getDataPointsList();
            case DATA_NOT_SET -> List.of();
            default -> null;
        };
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        var result = new LinkedHashMap<String, String>();
        for (var attribute : attributes) {
            var text = text(attribute.getValue());
            if (text != null) {
                result.put(attribute.getKey(), text);
            }
        }
        return result;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            default -> null;
        };
    }
}
