package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.JdbcActiveIncidentCache;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end path on the embedded defaults: H2 in a data folder, in-process incident events. Here
 * also anomaly detection in the running system, fed through {@code POST /metrics} like any metric.
 */
class EmbeddedEndToEndTest extends EndToEndTest {

    private static final int PER_DAY = 288;   // one sample every five minutes

    /** Nothing listens on port 1: Redis is on the classpath, but the embedded defaults must not need it. */
    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", () -> "1");
    }

    @Autowired
    ActiveIncidentCache activeIncidents;

    @Autowired
    JdbcClient database;

    @Test
    void openProblemsAreKeptInTheDatabaseAndNeitherStartNorHealthNeedsRedis() {
        assertThat(activeIncidents).isInstanceOf(JdbcActiveIncidentCache.class);
        var health = api.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aBreachOnASeasonalSeriesOpensOneIncidentNotTen() {
        // Two weeks of search queue depth with a normal peak every morning, backfilled so that it ends now.
        // The first week is the learning period; on day 13 the queue sits 80 higher for three hours.
        int days = 14;
        int breachStart = 12 * PER_DAY + 14 * 12;
        var start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(days));
        var random = new Random(11);
        for (int i = 0; i < days * PER_DAY; i++) {
            int minuteOfDay = (i % PER_DAY) * 5;
            boolean morningPeak = minuteOfDay >= 8 * 60 && minuteOfDay < 10 * 60;
            double depth = 100 + 3 * random.nextGaussian() + (morningPeak ? 60 : 0);
            if (i >= breachStart && i < breachStart + 36) {
                depth += 80 + 10 * Math.sin(i);   // a noisy plateau, not one clean step
            }
            var response = api.post("/metrics", engineer, """
                    {"service_id":"search","timestamp":"%s","metrics":{"queue_depth":%.3f}}"""
                    .formatted(start.plus(Duration.ofMinutes(5L * i)), depth));
            if (response.statusCode() != 200) {
                throw new AssertionError("sample " + i + ": " + response.statusCode() + " " + response.body());
            }
        }

        // One incident, opened in the breach and resolved after it; nothing for thirteen normal mornings.
        await().atMost(Duration.ofSeconds(30)).during(Duration.ofSeconds(2))
                .until(this::searchIncidents, List.of("resolved")::equals);
    }

    private List<String> searchIncidents() {
        return database.sql("select status from incidents where service = 'search' order by id")
                .query(String.class).list();
    }
}
