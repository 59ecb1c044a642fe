package io.alertify.pipeline.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.request.IntakeLimits;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineProtocolTest {

    private static final Instant NOW = Instant.parse("2026-12-04T06:00:00Z");
    private final LineProtocol protocol = new LineProtocol(new SampleRules(IntakeLimits.defaults()), 1000);

    private Batch read(String body) {
        return protocol.read(body, null, NOW);
    }

    @Test
    void theSeedsExampleIsLatencyOfUserServiceAtThatSecond() {
        var batch = read("latency,service=user-service value=120 1708050000");

        assertThat(batch.refused()).isEmpty();
        assertThat(batch.samples()).containsExactly(new MetricSample("user-service", "latency",
                Instant.ofEpochSecond(1708050000), 120, Map.of()));
    }

    @Test
    void everyNumericFieldIsASampleAndTagsAreLabels() {
        var batch = read("""
                # telegraf-style
                cpu,host=web-1,region=eu usage_idle=97.5,usage_user=1.25,cores=8i,throttled=false,model="Xeon, 2GHz" 1733292000000000000
                """);

        assertThat(batch.samples()).extracting(MetricSample::metric)
                .containsExactly("cpu_usage_idle", "cpu_usage_user", "cpu_cores", "cpu_throttled");
        assertThat(batch.samples()).allSatisfy(s -> {
            assertThat(s.service()).as("no service tag: the host").isEqualTo("web-1");
            assertThat(s.labels()).containsEntry("region", "eu").containsEntry("host", "web-1");
            assertThat(s.timestamp()).isEqualTo(Instant.parse("2024-12-04T06:00:00Z"));
        });
        assertThat(batch.samples().get(3).value()).isZero();
    }

    @Test
    void escapesAndPrecisionAreRead() {
        var batch = protocol.read("disk\\ io,service=db,path=/var/lib\\,data value=3 1733292000", LineProtocol.Precision.S,
                NOW);

        assertThat(batch.samples()).singleElement().satisfies(s -> {
            assertThat(s.metric()).isEqualTo("disk io");
            assertThat(s.labels()).containsEntry("path", "/var/lib,data");
            assertThat(s.timestamp()).isEqualTo(Instant.parse("2024-12-04T06:00:00Z"));
        });
        var noTime = read("latency,service=checkout value=730");
        assertThat(noTime.samples()).singleElement().satisfies(s -> assertThat(s.timestamp()).isEqualTo(NOW));
    }

    @Test
    void aBadLineIsRefusedByItsNumberAndTheGoodOnesAreKept() {
        var batch = read("""
                latency,service=checkout value=730 1733292000
                latency,service=checkout value=oops 1733292001
                latency,service=checkout
                latency,service=checkout value=810 1733292002
                latency,service=checkout value=1 99999999999999999
                """);

        assertThat(batch.samples()).extracting(MetricSample::value).containsExactly(730.0, 810.0);
        assertThat(batch.refused()).extracting(Batch.Refused::where).containsExactly("line 2", "line 3", "line 5");
        assertThat(batch.refused().get(0).why()).contains("field value has the value 'oops'");
        assertThat(batch.refused().get(1).why()).contains("no fields");
        assertThat(batch.refused().get(2).why()).contains("timestamp");
    }

    @Test
    void anUnknownPrecisionIsNamed() {
        assertThatThrownBy(() -> LineProtocol.Precision.parse("fortnight")).hasMessageContaining("precision must be");
        assertThat(LineProtocol.Precision.parse("u")).isEqualTo(LineProtocol.Precision.US);
    }
}
