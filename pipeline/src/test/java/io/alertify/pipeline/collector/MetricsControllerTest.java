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
import io.alertify.pipeline.request.IntakeLimits;
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
            .standaloneSetup(new MetricsController(bus, IntakeLimits.defaults(), io.alertify.pipeline.request.BatchLimits.defaults(),
                    new SeriesBudget(4, 6, Duration.ofMinutes(10), List.of("pod"), Clock.fixed(NOW, ZoneOffset.UTC)),
                    Clock.fixed(NOW, ZoneOffset.UTC)))
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
                "service_id", "must be at most 200 characters (got 201)");
        expectInvalid(postMetrics("{\"service_id\":\"check\\u0000out\",\"metrics\":{\"latency\":730}}"),
                "service_id", "must not contain control characters (found U+0000 at 5)");
        var nineLabels = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            nineLabels.append(i == 0 ? "" : ",").append("\"l").append(i).append("\":\"").append("x".repeat(1900)).append('"');
        }
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":730},\"labels\":{"
                + nineLabels + "}}"), "labels", "must be at most 16000 characters in all "
                + "(alertify.pipeline.limits.max-labels-chars)");
    }

    @Test
    void namesAndLabelValuesHaveLimitsToo() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":730},\"labels\":{\"big\":\""
                + "x".repeat(2001) + "\"}}"), "labels.big", "must be at most 2000 characters (got 2001)");
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"" + "m".repeat(201) + "\":1}}"),
                "metrics." + "m".repeat(40) + "…", "must be at most 200 characters (got 201)");
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":1},\"labels\":{\"pod\":\"a\\nb\"}}"),
                "labels.pod", "must not contain control characters (found U+000A at 1)");
        expectInvalid(postMetrics("{\"service_id\":\"check\\ud800out\",\"metrics\":{\"latency\":1}}"),
                "service_id", "must be valid Unicode (a lone surrogate at 5)");
        var labels = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            labels.append(i == 0 ? "" : ",").append("\"l").append(i).append("\":\"v\"");
        }
        expectInvalid(postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":1},\"labels\":{" + labels + "}}"),
                "labels", "must hold at most 64 labels (alertify.pipeline.limits.max-labels)");
        assertThat(bus.pending()).isZero();
    }

    @Test
    void aTimestampFarFromNowIsRefusedBeforeItCanOverflowAnything() throws Exception {
        expectInvalid(postMetrics("{\"service_id\":\"a\",\"timestamp\":\"+999999999-12-31T23:59:59Z\",\"metrics\":{\"m\":1}}"),
                "timestamp", "must be within 18250 days of now (2026-11-25T06:30:00Z); got +999999999-12-31T23:59:59Z "
                        + "(alertify.pipeline.limits.timestamp-range)");
        postMetrics("{\"service_id\":\"a\",\"timestamp\":1e300,\"metrics\":{\"m\":1}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timestamp"));
        postMetrics("{\"service_id\":\"a\",\"timestamp\":\"2013-07-04T00:00:00Z\",\"metrics\":{\"m\":1}}")
                .andExpect(status().isOk());
    }

    @Test
    void aBodyOverTheLimitIs413AndNotReadToItsEnd() throws Exception {
        var huge = "{\"service_id\":\"a\",\"metrics\":{\"m\":1},\"labels\":{\"x\":\"" + "x".repeat(1_100_000) + "\"}}";
        postMetrics(huge).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(bus.pending()).isZero();
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
    void aServiceOverItsSeriesBudgetIsToldSoAndOthersAreNotBlinded() throws Exception {
        postMetrics("{\"service_id\":\"noisy\",\"metrics\":{\"a\":1,\"b\":1,\"c\":1}}").andExpect(status().isOk());
        drain();

        postMetrics("{\"service_id\":\"noisy\",\"metrics\":{\"d\":1,\"e\":1}}")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("service 'noisy' already sends 3 series and this "
                        + "request starts 2 more; its budget is 4")));
        postMetrics("{\"service_id\":\"noisy\",\"metrics\":{\"a\":2},\"labels\":{\"pod\":\"p-2\"}}")
                .andExpect(status().isOk()); // a known series, a new pod: not a new series
        postMetrics("{\"service_id\":\"checkout\",\"metrics\":{\"latency\":900}}").andExpect(status().isOk());
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

    @Test
    void aJsonArrayIsABatchWhoseBadElementsAreNamedAndWhoseGoodOnesAreTaken() throws Exception {
        mvc.perform(post("/metrics").contentType(MediaType.APPLICATION_JSON).content("""
                        [{"service_id":"checkout","timestamp":"2026-11-25T06:00:00Z","metrics":{"latency":730}},
                         {"service_id":"","metrics":{"latency":1}},
                         {"service_id":"checkout","timestamp":"2026-11-25T06:01:00Z","metrics":{"latency":810}}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.taken").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("[1]"));

        mvc.perform(post("/metrics").contentType(MediaType.APPLICATION_JSON).content("""
                        [{"service_id":"cart","timestamp":"2026-11-25T06:00:00Z","metrics":{"latency":730}}]"""))
                .andExpect(status().isNoContent());
    }
}
