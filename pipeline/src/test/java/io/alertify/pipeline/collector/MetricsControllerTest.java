package io.alertify.pipeline.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.alertify.pipeline.bus.InMemoryIngestBus;
import io.alertify.pipeline.bus.MetricSample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class MetricsControllerTest {

    private static final String SEED = """
            {"service_id":"checkout","timestamp":"2026-11-25T06:00:00Z","metrics":{"latency":730,"error_rate":0.02},
             "labels": {"namespace":"shop","pod":"checkout-7d9f"}}""";
    private static final Instant NOW = Instant.parse("2026-11-25T06:30:00Z");

    private final InMemoryIngestBus bus = new InMemoryIngestBus(3, Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new MetricsController(bus, Clock.fixed(NOW, ZoneOffset.UTC)))
            .setControllerAdvice(new CollectorExceptionHandler())
            .build();

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void answersReceivedOnceTheSamplesAreOnTheBus() throws Exception {
        postMetrics(SEED).andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"received\"}", true));

        assertThat(bus.pending()).isEqualTo(2);
        assertThat(drain()).containsExactly(
                new MetricSample("checkout", "latency", Instant.parse("2026-11-25T06:00:00Z"), 730,
                        Map.of("namespace", "shop", "pod", "checkout-7d9f")),
                new MetricSample("checkout", "error_rate", Instant.parse("2026-11-25T06:00:00Z"), 0.02,
                        Map.of("namespace", "shop", "pod", "checkout-7d9f")));
    }

    @Test
    void takesEpochSecondsOrMillisAndDefaultsToTheTimeOfReceipt() throws Exception {
        postMetrics("{\"service_id\":\"a\",\"timestamp\":1795154400,\"metrics\":{\"m\":1}}").andExpect(status().isOk());
        postMetrics("{\"service_id\":\"b\",\"timestamp\":1795154400500,\"metrics\":{\"m\":1}}").andExpect(status().isOk());
        postMetrics("{\"service_id\":\"c\",\"metrics\":{\"m\":1}}").andExpect(status().isOk());

        assertThat(drain()).extracting(MetricSample::timestamp).containsExactly(
                Instant.parse("2026-11-20T06:00:00Z"), Instant.parse("2026-11-20T06:00:00.500Z"), NOW);
    }

    @Test
    void aBlankServiceIsNamed() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\" \",\"metrics\":{\"latency\":730}}"), "service_id", "must not be blank");
        expectInvalid(postMetrics("{\"metrics\":{\"latency\":730}}"), "service_id", "must not be blank");
    }

    @Test
    void whatTheBotCouldNotStoreIsRefusedAtTheDoorNotAfterA200() throws Exception {
        var longService = "s".repeat(201);
        expectInvalid(postMetrics("{\"service_id\":\"" + longService + "\",\"metrics\":{\"latency\":730}}"),
                "service_id", "must be at most 200 characters");
        expectInvalid(postMetrics("{\"service_id\":\"check\\u0000out\",\"metrics\":{\"latency\":730}}"),
                "service_id", "must not contain control characters");
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":730},\"labels\":{\"big\":\""
                + "x".repeat(20_000) + "\"}}"), "labels", "must be at most 16000 characters in all");
    }

    @Test
    void aMetricThatIsNotAFiniteNumberIsNamed() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":\"slow\"}}"),
                "metrics.latency", "must be a finite number");
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":1e400}}"),
                "metrics.latency", "must be a finite number");
    }

    @Test
    void emptyMetricsAreNamed() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{}}"), "metrics", "must not be empty");
    }

    @Test
    void aTimestampThatIsNeitherAnInstantNorANumberIsNamed() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"timestamp\":\"yesterday\",\"metrics\":{\"latency\":1}}"),
                "timestamp", "must be an ISO-8601 instant (2026-11-25T06:00:00Z) or epoch seconds or milliseconds");
    }

    @Test
    void aLabelThatIsNotAStringIsNamed() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":1},\"labels\":{\"pod\":{}}}"),
                "labels.pod", "must be a string");
    }

    @Test
    void malformedJsonIsABadBody() throws Exception {
        postMetrics("{\"service_id\":").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail").value(startsWith("body: malformed JSON")));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        postMetrics("{\"service_id\":\"\",\"metrics\":{\"latency\":null}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("service_id: must not be blank; metrics.latency: must be a finite number"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(bus.pending()).isZero();
    }

    @Test
    void aFullBusAnswers429WithRetryAfterAndTakesNothing() throws Exception {
        postMetrics(SEED).andExpect(status().isOk());

        postMetrics(SEED).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429));

        assertThat(bus.pending()).as("the refused request left nothing half-accepted").isEqualTo(2);
    }

    @Test
    void aClosingBusAnswers503WithRetryAfter() throws Exception {
        bus.close();

        postMetrics(SEED).andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "2"));
    }

    private ResultActions postMetrics(String body) throws Exception {
        return mvc.perform(post("/metrics")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void expectInvalid(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(field + ": " + message))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private List<MetricSample> drain() {
        var seen = new CopyOnWriteArrayList<MetricSample>();
        int expected = bus.pending();
        bus.subscribe(seen::add);
        await().until(() -> seen.size() == expected);
        return seen;
    }
}
