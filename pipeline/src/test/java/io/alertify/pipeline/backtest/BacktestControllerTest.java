package io.alertify.pipeline.backtest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /backtest} as deploy imports it: an engineer checks a rule against yesterday's series. */
@WebMvcTest
@ContextConfiguration(classes = BacktestConfiguration.class)
class BacktestControllerTest {

    /** A day of one-minute samples. */
    private static final int DAY = 1440;
    private static final Instant MIDNIGHT = Instant.parse("2026-11-24T00:00:00Z");

    @Autowired
    MockMvc mvc;

    @Test
    void oneClearSpikeOpensExactlyOneIncidentWithAReason() throws Exception {
        var noise = new Random(7);
        var series = series(DAY, i -> Double.toString(i == 1200 ? 400 : 100 + noise.nextGaussian()));

        backtest("{\"detector\":\"auto\",\"series\":" + series + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detector").value("auto"))
                .andExpect(jsonPath("$.samples").value(DAY))
                .andExpect(jsonPath("$.incidents_opened").value(1))
                .andExpect(jsonPath("$.incidents", hasSize(1)))
                .andExpect(jsonPath("$.incidents[0].start").value(minute(1200)))
                .andExpect(jsonPath("$.incidents[0].reason").value(not(emptyString())))
                .andExpect(jsonPath("$.incidents[0].severity").value("error"))
                .andExpect(jsonPath("$.incidents[0].reopens").value(0))
                .andExpect(jsonPath("$.incidents[0].flapping").value(false));
    }

    @Test
    void aCalmSeriesOpensNone() throws Exception {
        var noise = new Random(8);
        var series = series(DAY, i -> Double.toString(100 + noise.nextGaussian()));

        backtest("{\"series\":" + series + "}")
                .andExpect(status().isOk())
                .andExpect(content().json("{\"detector\":\"auto\",\"samples\":1440,\"incidents_opened\":0,"
                        + "\"incidents\":[]}", true));
    }

    @Test
    void anAnomalyIsAtMostAnErrorSoARequestForCriticalOnesOpensNone() throws Exception {
        var noise = new Random(7);
        var series = series(DAY, i -> Double.toString(i == 1200 ? 400 : 100 + noise.nextGaussian()));

        backtest("{\"detector\":\"auto\",\"min_severity\":\"critical\",\"series\":" + series + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents_opened").value(0));
    }

    @Test
    void aRuleFiresOnItsForSamplesThSampleAndClosesOnItsRecovery() throws Exception {
        // latency over 500 from 01:00 to 01:04, back to normal after; epoch millis work as timestamps
        var series = series(120, i -> i >= 60 && i < 65 ? "900" : "200", i -> Long.toString(minuteAt(i).toEpochMilli()));

        backtest("{\"rule\":{\"above\":500,\"below\":null,\"for_samples\":3,\"recover_samples\":3,"
                + "\"severity\":\"critical\"},\"series\":" + series + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detector").value("threshold:above=500,for=3,recover=3"))
                .andExpect(jsonPath("$.incidents_opened").value(1))
                .andExpect(jsonPath("$.incidents[0].start").value(minute(62)))
                .andExpect(jsonPath("$.incidents[0].end").value(minute(66)))
                .andExpect(jsonPath("$.incidents[0].severity").value("critical"))
                .andExpect(jsonPath("$.incidents[0].peak_score").value(1.0))
                .andExpect(jsonPath("$.incidents[0].reason").value(startsWith("value > 500 for 3 samples")));
    }

    @Test
    void aRuleIsNotDampedSoEachBreachIsItsOwnIncidentAsLive() throws Exception {
        // two ten-minute breaches five minutes apart: a live rule resolves in between and opens again
        var series = series(60, i -> (i >= 10 && i < 20) || (i >= 25 && i < 35) ? "900" : "200");

        backtest("{\"rule\":{\"above\":500},\"series\":" + series + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents_opened").value(2))
                .andExpect(jsonPath("$.incidents[0].severity").value("warning"))
                .andExpect(jsonPath("$.incidents[1].start").value(minute(27)));
    }

    @Test
    void dampingAndMinimumSeverityAreForDetectorsNotRules() throws Exception {
        backtest("{\"rule\":{\"above\":500},\"damping\":{\"quiet_period\":\"PT10M\"},\"series\":"
                + series(5, i -> "1") + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("damping"));
        expectInvalid(backtest("{\"detector\":\"auto\",\"min_severity\":\"loud\",\"series\":"
                + series(5, i -> "1") + "}"), "min_severity", "must be one of critical, error, warning, info");
    }

    @Test
    void anIncidentStillOpenAtTheEndHasNoEnd() throws Exception {
        var series = series(10, i -> i < 5 ? "1" : "9");

        backtest("{\"rule\":{\"above\":5,\"for_samples\":1},\"series\":" + series + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidents[0].start").value(minute(5)))
                .andExpect(content().string(containsString("\"end\":null")));
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsNamedWithItsIndex() throws Exception {
        var series = series(20, i -> i == 12 ? "\"high\"" : "1");

        expectInvalid(backtest("{\"series\":" + series + "}"), "series[12].value", "must be a finite number");
    }

    @Test
    void timestampsGoingBackwardsAreNamedWithTheIndex() throws Exception {
        var series = series(20, i -> "1", i -> "\"" + minuteAt(i == 12 ? 3 : i) + "\"");

        expectInvalid(backtest("{\"series\":" + series + "}"), "series", "timestamps must not go backwards (at 12)");
    }

    @Test
    void aTimestampThatIsNeitherAnInstantNorEpochMillisIsNamed() throws Exception {
        expectInvalid(backtest("{\"series\":[{\"timestamp\":\"yesterday\",\"value\":1}]}"), "series[0].timestamp",
                "must be an ISO-8601 instant (2026-11-25T06:00:00Z) or epoch milliseconds");
    }

    @Test
    void anUnknownDetectorListsTheKnownOnes() throws Exception {
        expectInvalid(backtest("{\"detector\":\"foo\",\"series\":" + series(3, i -> "1") + "}"), "detector",
                "unknown 'foo'; known: auto, baseline, seasonal, changepoint, volatility, flatline, missing, "
                        + "threshold, rcf");
    }

    @Test
    void aBadDetectorOptionIsNamed() throws Exception {
        expectInvalid(backtest("{\"detector\":\"threshold:above=90,often=2\",\"series\":" + series(3, i -> "1") + "}"),
                "detector", "unknown option(s) for threshold: [often]; known: above, below, for, recover, recover-at, keep");
    }

    @Test
    void aRuleBoundThatIsNotANumberIsNamed() throws Exception {
        expectInvalid(backtest("{\"rule\":{\"above\":\"500ms\"},\"series\":" + series(3, i -> "1") + "}"),
                "rule.above", "must be a finite number or null");
    }

    @Test
    void aRuleWithoutABoundIsNamed() throws Exception {
        expectInvalid(backtest("{\"rule\":{\"for_samples\":3},\"series\":" + series(3, i -> "1") + "}"),
                "rule", "set exactly one of above or below");
    }

    @Test
    void aRuleNeedsAtLeastOneSample() throws Exception {
        expectInvalid(backtest("{\"rule\":{\"above\":5,\"for_samples\":0},\"series\":" + series(3, i -> "1") + "}"),
                "rule.for_samples", "must be a whole number of at least 1");
    }

    @Test
    void detectorAndRuleTogetherAreRefused() throws Exception {
        expectInvalid(backtest("{\"detector\":\"auto\",\"rule\":{\"above\":5},\"series\":" + series(3, i -> "1") + "}"),
                "detector", "give either detector or rule, not both");
    }

    @Test
    void badDampingIsNamed() throws Exception {
        expectInvalid(backtest("{\"series\":" + series(3, i -> "1") + ",\"damping\":{\"quiet_period\":\"15m\"}}"),
                "damping.quiet_period", "must be an ISO-8601 duration such as PT15M or PT1H");
        expectInvalid(backtest("{\"series\":" + series(3, i -> "1") + ",\"damping\":{\"max_reopens\":-1}}"),
                "damping.max_reopens", "must be a whole number of at least 0");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() throws Exception {
        expectInvalid(backtest("{\"series\":" + series(3, i -> "1") + ",\"dampng\":{}}"),
                "dampng", "unknown field; known: detector, rule, series, damping, min_severity");
    }

    @Test
    void theSeriesMustHoldOneToTwoHundredThousandPoints() throws Exception {
        expectInvalid(backtest("{\"detector\":\"auto\"}"), "series",
                "is required: [{\"timestamp\": ..., \"value\": ...}, ...]");
        expectInvalid(backtest("{\"series\":[]}"), "series", "must hold at least 1 point");
        expectInvalid(backtest("{\"series\":" + series(200_001, i -> "1", Integer::toString) + "}"), "series",
                "must hold at most 200000 points (got 200001); split it or send fewer, coarser samples");
    }

    @Test
    void everyProblemIsReportedAtOnceButAFloodOfBadPointsIsCut() throws Exception {
        backtest("{\"detector\":\"foo\",\"series\":" + series(50, i -> "null") + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(12)))
                .andExpect(jsonPath("$.errors[0].field").value("series[0].value"))
                .andExpect(jsonPath("$.errors[10].message").value("40 more problems not listed"))
                .andExpect(jsonPath("$.errors[11].field").value("detector"));
    }

    @Test
    void malformedJsonIsABadBody() throws Exception {
        backtest("{\"series\":[").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail").value(startsWith("body: malformed JSON")));
    }

    private ResultActions backtest(String body) throws Exception {
        return mvc.perform(post("/backtest").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void expectInvalid(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(field + ": " + message))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    /** {@code [{"timestamp":"2026-11-24T00:00:00Z","value":...}, ...]}, one point a minute. */
    private static String series(int n, IntFunction<String> value) {
        return series(n, value, i -> "\"" + minuteAt(i) + "\"");
    }

    private static String series(int n, IntFunction<String> value, IntFunction<String> timestamp) {
        var json = new StringBuilder(n * 48).append('[');
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"timestamp\":").append(timestamp.apply(i))
                    .append(",\"value\":").append(value.apply(i)).append('}');
        }
        return json.append(']').toString();
    }

    private static Instant minuteAt(int i) {
        return MIDNIGHT.plusSeconds(60L * i);
    }

    private static String minute(int i) {
        return minuteAt(i).toString();
    }
}
