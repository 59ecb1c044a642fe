package io.alertify.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.pipeline.collector.MetricsController;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alertify restarted (a deploy, a crash) while an incident is open, on the embedded defaults: the incident
 * is not left open for ever; the metric's recovery after the restart resolves it, although the restarted
 * rule never saw the breach.
 */
class RestartTest {

    @Test
    void anIncidentOpenAtARestartResolvesWhenItsMetricRecoversAfterIt() throws Exception {
        var dataDir = Files.createTempDirectory("alertify-restart");

        try (var before = start(dataDir)) {
            send(before, 730, 810, 905);   // trips "latency > 500 for 3 samples"
            await().atMost(Duration.ofSeconds(20)).until(() -> checkoutIncidents(before), List.of("triggered")::equals);
        }

        try (var after = start(dataDir)) {
            send(after, 120, 95, 101);     // recovered while Alertify restarted: it never breaches again
            await().atMost(Duration.ofSeconds(20)).until(() -> checkoutIncidents(after), List.of("resolved")::equals);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplication(AlertifyApplication.class)
                .run("--server.port=0", "--alertify.data-dir=" + dataDir);
    }

    private static void send(ConfigurableApplicationContext alertify, int... latencies) throws java.io.IOException {
        var metrics = alertify.getBean(MetricsController.class);
        for (var latency : latencies) {
            metrics.receive(post("""
                    {"service_id":"checkout","timestamp":"%s","metrics":{"latency":%d}}"""
                    .formatted(Instant.now(), latency).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static List<String> checkoutIncidents(ConfigurableApplicationContext alertify) {
        return JdbcClient.create(alertify.getBean(DataSource.class))
                .sql("select status from incidents where service = 'checkout' order by id")
                .query(String.class).list();
    }

    private static org.springframework.mock.web.MockHttpServletRequest post(byte[] body) {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/metrics");
        request.setContent(body);
        return request;
    }
}
