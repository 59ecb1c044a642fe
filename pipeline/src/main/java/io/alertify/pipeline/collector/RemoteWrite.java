package io.alertify.pipeline.collector;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import io.alertify.pipeline.bus.MetricSample;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prometheus remote_write 1.0: a snappy-compressed {@code prometheus.WriteRequest}. Prometheus publishes
 * its {@code .proto} but no Java classes, so the four messages Alertify reads are read with protobuf's
 * {@link CodedInputStream}, field by field, and everything else (metadata, exemplars, native histograms)
 * is skipped as protobuf readers do:
 * <pre>
 * WriteRequest { repeated TimeSeries timeseries = 1; }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; }
 * Label        { string name = 1; string value = 2; }
 * Sample       { double value = 1; int64 timestamp = 2; }   // milliseconds
 * </pre>
 * The metric is {@code __name__}; the service is the label {@code service}, else {@code job}. NaN (a
 * stale marker, when a series disappears) and infinite values are no observations and are skipped.
 */
final class RemoteWrite {

    private final SampleRules rules;
    private final int maxSamples;

    RemoteWrite(SampleRules rules, int maxSamples) {
        this.rules = rules;
        this.maxSamples = maxSamples;
    }

    Batch read(byte[] request, Instant receivedAt) {
        var samples = new ArrayList<MetricSample>();
        var refused = new ArrayList<Batch.Refused>();
        try {
            var input = CodedInputStream.newInstance(request);
            int series = 0;
            while (!input.isAtEnd()) {
                var tag = input.readTag();
                if (WireFormat.getTagFieldNumber(tag) == 1 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    var where = "timeseries[" + series++ + "]";
                    var limit = input.pushLimit(input.readRawVarint32());
                    timeSeries(input, where, receivedAt, samples, refused);
                    input.popLimit(limit);
                    if (samples.size() > maxSamples) {
                        refused.add(new Batch.Refused(where, "the batch holds more than " + maxSamples
                                + " samples (alertify.pipeline.batch-limits.max-samples); the rest was not read"));
                        return new Batch(samples.subList(0, maxSamples), refused);
                    }
                } else {
                    input.skipField(tag);
                }
            }
        } catch (InvalidProtocolBufferException e) {
            throw io.alertify.pipeline.request.JsonRequestBody.invalid("body",
                    "is not a remote_write WriteRequest (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw io.alertify.pipeline.request.JsonRequestBody.invalid("body", "could not be read: " + e.getMessage());
        }
        return new Batch(samples, refused);
    }

    private void timeSeries(CodedInputStream input, String where, Instant receivedAt, List<MetricSample> samples,
            List<Batch.Refused> refused) throws IOException {
        var labels = new LinkedHashMap<String, String>();
        var points = new ArrayList<double[]>();
        while (!input.isAtEnd()) {
            var tag = input.readTag();
            var field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                var limit = input.pushLimit(input.readRawVarint32());
                String name = null;
                String value = "";
                while (!input.isAtEnd()) {
                    var inner = input.readTag();
                    switch (WireFormat.getTagFieldNumber(inner)) {
                        case 1 -> name = input.readStringRequireUtf8();
                        case 2 -> value = input.readStringRequireUtf8();
                        default -> input.skipField(inner);
                    }
                }
                input.popLimit(limit);
                if (name != null) {
                    labels.put(name, value);
                }
            } else if (field == 2 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                var limit = input.pushLimit(input.readRawVarint32());
                double value = 0.0; // proto3 leaves zero out
                long millis = 0;
                while (!input.isAtEnd()) {
                    var inner = input.readTag();
                    switch (WireFormat.getTagFieldNumber(inner)) {
                        case 1 -> value = input.readDouble();
                        case 2 -> millis = input.readInt64();
                        default -> input.skipField(inner);
                    }
                }
                input.popLimit(limit);
                points.add(new double[] {value, millis});
            } else {
                input.skipField(tag);
            }
        }
        var metric = labels.remove("__name__");
        var service = labels.containsKey("service") ? labels.remove("service") : labels.get("job");
        var shown = Map.copyOf(labels);
        for (var point : points) {
            if (!Double.isFinite(point[0])) {
                continue;
            }
            var at = Instant.ofEpochMilli((long) point[1]);
            var problems = rules.problems(service, metric, at, point[0], shown, receivedAt);
            if (!problems.isEmpty()) {
                refused.add(new Batch.Refused(where + (metric == null ? "" : " " + SampleRules.shortened(metric)),
                        problems.getFirst().toString()));
                return;
            }
            samples.add(rules.sample(service, metric, at, point[0], shown));
        }
    }
}
