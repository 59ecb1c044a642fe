package io.alertify.pipeline.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.pipeline.bus.InMemoryIngestBus;
import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.request.BatchLimits;
import io.alertify.pipeline.request.IntakeLimits;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** OTLP/HTTP metrics as the collector's exporters send them, protobuf and JSON. */
class OtlpControllerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

    private final InMemoryIngestBus bus = new InMemoryIngestBus(10, Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new OtlpController(
                    new BatchIntake(bus, new SeriesBudget(100, 100, Duration.ofMinutes(10), List.of(),
                            Clock.fixed(NOW, ZoneOffset.UTC))),
                    IntakeLimits.defaults(), BatchLimits.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)))
            .setControllerAdvice(new CollectorExceptionHandler()).build();

    @AfterEach
    void closeBus() {
        bus.close();
    }

    private List<MetricSample> drain() {
        var seen = new java.util.concurrent.CopyOnWriteArrayList<MetricSample>();
        int expected = bus.pending();
        bus.subscribe(seen::add);
        org.awaitility.Awaitility.await().until(() -> seen.size() == expected);
        return new ArrayList<>(seen);
    }

    private static KeyValue attribute(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    @Test
    void aGaugeInProtobufIsASamplePerPointOfItsServiceAndAnswersInProtobuf() throws Exception {
        var at = NOW.minusSeconds(10);
        var request = ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(attribute("service.name", "checkout"))
                        .addAttributes(attribute("k8s.namespace.name", "shop")))
                .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(Metric.newBuilder().setName("latency")
                        .setGauge(Gauge.newBuilder().addDataPoints(NumberDataPoint.newBuilder().setAsDouble(730)
                                .setTimeUnixNano(at.getEpochSecond() * 1_000_000_000L)
                                .addAttributes(attribute("http.route", "/pay"))))))).build();

        var answer = mvc.perform(post("/v1/metrics").contentType("application/x-protobuf").content(request.toByteArray()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(ExportMetricsServiceResponse.parseFrom(answer).hasPartialSuccess()).isFalse();
        assertThat(drain()).containsExactly(new MetricSample("checkout", "latency", at, 730,
                Map.of("k8s.namespace.name", "shop", "http.route", "/pay")));
    }

    /** The OTLP specification's own example (opentelemetry-proto examples/metrics.json), shortened. */
    @Test
    void theSpecificationsJsonExampleIsReadAndItsHistogramIsRejectedAsAPartialSuccess() throws Exception {
        mvc.perform(post("/v1/metrics").contentType(MediaType.APPLICATION_JSON).content("""
                {"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"my.service"}}]},
                  "scopeMetrics":[{"scope":{"name":"my.library","version":"1.0.0"},"metrics":[
                    {"name":"my.counter","unit":"1","description":"I am a Counter","sum":{"aggregationTemporality":1,
                      "isMonotonic":true,"dataPoints":[{"asDouble":5,"startTimeUnixNano":"1544712660300000000",
                      "timeUnixNano":"1544712660300000000","attributes":[{"key":"my.counter.attr","value":{"stringValue":"some value"}}]}]}},
                    {"name":"my.gauge","unit":"1","description":"I am a Gauge","gauge":{"dataPoints":[{"asInt":"10",
                      "timeUnixNano":"1544712660300000000"}]}},
                    {"name":"my.histogram","unit":"1","histogram":{"aggregationTemporality":1,"dataPoints":[
                      {"startTimeUnixNano":"1544712660300000000","timeUnixNano":"1544712660300000000","count":2,"sum":2,
                       "bucketCounts":[1,1],"explicitBounds":[1],"min":0,"max":2}]}}]}]}]}
                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partialSuccess.rejectedDataPoints").value(1));

        assertThat(drain()).extracting(MetricSample::service, MetricSample::metric, MetricSample::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("my.service", "my.counter", 5.0),
                org.assertj.core.groups.Tuple.tuple("my.service", "my.gauge", 10.0));
    }

    @Test
    void bytesThatAreNoRequestAre400() throws Exception {
        mvc.perform(post("/v1/metrics").contentType("application/x-protobuf").content(new byte[] {10, 99, 1}))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
    }
}
