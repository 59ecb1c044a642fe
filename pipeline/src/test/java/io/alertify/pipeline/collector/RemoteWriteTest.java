package io.alertify.pipeline.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.InvalidRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WriteRequests written with protobuf's own encoder, field numbers as in Prometheus' remote.proto and types.proto. */
class RemoteWriteTest {

    private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");
    private final RemoteWrite protocol = new RemoteWrite(new SampleRules(IntakeLimits.defaults()), 1000);

    /** A TimeSeries: labels as name, value pairs; samples as value, epoch-millisecond pairs. */
    private static byte[] series(String[] labels, double[][] samples) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = CodedOutputStream.newInstance(bytes);
        for (int i = 0; i < labels.length; i += 2) {
            var label = new ByteArrayOutputStream();
            var l = CodedOutputStream.newInstance(label);
            l.writeString(1, labels[i]);
            l.writeString(2, labels[i + 1]);
            l.flush();
            out.writeByteArray(1, label.toByteArray());
        }
        for (var sample : samples) {
            var point = new ByteArrayOutputStream();
            var p = CodedOutputStream.newInstance(point);
            if (sample[0] != 0) {
                p.writeDouble(1, sample[0]);
            }
            p.writeInt64(2, (long) sample[1]);
            p.flush();
            out.writeByteArray(2, point.toByteArray());
        }
        out.writeByteArray(3, new byte[] {8, 1}); // an exemplar: read past
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] request(byte[]... timeSeries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = CodedOutputStream.newInstance(bytes);
        for (var series : timeSeries) {
            out.writeByteArray(1, series);
        }
        out.writeByteArray(3, new byte[] {8, 2}); // metadata: read past
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void eachSampleOfEachSeriesIsTakenWithItsLabels() throws Exception {
        var t = NOW.toEpochMilli();
        var batch = protocol.read(request(
                series(new String[] {"__name__", "latency", "job", "checkout", "instance", "web-1:8080"},
                        new double[][] {{730, t}, {0, t + 1000}}),
                series(new String[] {"__name__", "queue_depth", "service", "search", "job", "node"},
                        new double[][] {{12, t}})), NOW);

        assertThat(batch.refused()).isEmpty();
        assertThat(batch.samples()).containsExactly(
                new MetricSample("checkout", "latency", NOW, 730, Map.of("job", "checkout", "instance", "web-1:8080")),
                new MetricSample("checkout", "latency", NOW.plusSeconds(1), 0, Map.of("job", "checkout",
                        "instance", "web-1:8080")),
                new MetricSample("search", "queue_depth", NOW, 12, Map.of("job", "node")));
    }

    @Test
    void staleMarkersAreNoObservationsAndASeriesWithoutANameIsRefusedByItsPlace() throws Exception {
        var t = NOW.toEpochMilli();
        var stale = Double.longBitsToDouble(0x7ff0000000000002L);
        var batch = protocol.read(request(
                series(new String[] {"__name__", "up", "job", "api"}, new double[][] {{stale, t}, {1, t}}),
                series(new String[] {"job", "api"}, new double[][] {{1, t}})), NOW);

        assertThat(batch.samples()).extracting(MetricSample::value).containsExactly(1.0);
        assertThat(batch.refused()).singleElement().satisfies(r -> assertThat(r.where()).isEqualTo("timeseries[1]"));
    }

    @Test
    void bytesThatAreNoWriteRequestAreSaidToBeSo() {
        assertThatThrownBy(() -> protocol.read(new byte[] {10, 99, 1, 2}, NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a remote_write WriteRequest");
    }
}
