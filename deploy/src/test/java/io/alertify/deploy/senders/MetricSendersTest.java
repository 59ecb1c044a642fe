package io.alertify.deploy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.e2e.ApiClient;
import io.alertify.deploy.testing.TestClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Metrics from real senders reach the detectors: a real Prometheus 2.42 and a real vmagent (1.79) scrape a
 * latency gauge and remote_write it to Alertify with OAuth2 client credentials, and Influx line protocol
 * is posted as curl would. The default rule "latency > 500 for 3 samples" opens an incident for each
 * sender's service; when the latency falls, each resolves.
 */
@ExtendWith(DebianPeers.class)
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alertify.data-dir=${java.io.tmpdir}/alertify-senders-test-${random.uuid}",
            "spring.datasource.url=jdbc:h2:mem:senders-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "alertify.email.enabled=false"
        })
class MetricSendersTest {

    @DynamicPropertySource
    static void clients(DynamicPropertyRegistry registry) {
        TestClients.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    @TempDir
    Path work;

    private final AtomicInteger latency = new AtomicInteger(900);
    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopPeers() throws Exception {
        for (var peer : running.reversed()) {
            peer.close();
        }
    }

    @Test
    void prometheusAndVmagentRemoteWriteAndLineProtocolReachTheDetectors() throws Exception {
        var prometheusTarget = target("checkout-prom");
        var vmagentTarget = target("checkout-vm");
        prometheus(prometheusTarget);
        vmagent(vmagentTarget);
        var engineer = new ApiClient(port).token("engineer", "engineer-secret");
        var now = Instant.now().getEpochSecond();
        var lines = "latency,service=checkout-influx value=730 %d\nlatency,service=checkout-influx value=810 %d\n"
                + "latency,service=checkout-influx value=905 %d\n";
        assertThat(write("/write?precision=s", engineer, lines.formatted(now - 2, now - 1, now)).statusCode()).isEqualTo(204);
        assertThat(write("/api/v2/write", engineer, "latency,service=user-service value=120 1708050000").statusCode())
                .as("the seed's own example").isEqualTo(204);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(open())
                .contains("checkout-prom", "checkout-vm", "checkout-influx"));

        latency.set(100);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(open())
                .doesNotContain("checkout-prom", "checkout-vm"));
        var refused = write("/write", engineer, "latency,service=checkout-influx value=oops\n"
                + "latency,service=checkout-influx value=100");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("line 1").contains("\"taken\":1");
    }

    private List<String> open() {
        return JdbcClient.create(database).sql("select service from incidents where status <> 'resolved'")
                .query(String.class).list();
    }

    private HttpResponse<String> write(String path, String token, String body) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A scrape target with one latency gauge for {@code service}. */
    private String target(String service) throws Exception {
        var target = new ScrapeTarget(() -> "# TYPE latency gauge\nlatency{service=\"" + service + "\"} "
                + latency.get() + "\n");
        running.add(target);
        return target.address();
    }

    private void prometheus(String target) throws Exception {
        Files.writeString(work.resolve("prometheus.yml"), """
                global: { scrape_interval: 1s }
                scrape_configs:
                  - job_name: checkout
                    static_configs: [{ targets: ["%s"] }]
                remote_write:
                  - url: http://127.0.0.1:%d/api/v1/write
                    oauth2:
                      client_id: engineer
                      client_secret: engineer-secret
                      token_url: http://127.0.0.1:%d/oauth2/token
                    queue_config: { batch_send_deadline: 1s, min_backoff: 100ms, max_backoff: 1s }
                """.formatted(target, port, port));
        Files.createDirectories(work.resolve("prom-data"));
        running.add(DebianPeers.start("prometheus", work, "--config.file=prometheus.yml",
                "--storage.tsdb.path=prom-data", "--web.listen-address=127.0.0.1:{port}"));
    }

    private void vmagent(String target) throws Exception {
        Files.writeString(work.resolve("vmagent.yml"), """
                global: { scrape_interval: 1s }
                scrape_configs:
                  - job_name: checkout
                    static_configs: [{ targets: ["%s"] }]
                """.formatted(target));
        running.add(DebianPeers.start("vmagent", work, "-promscrape.config=vmagent.yml",
                "-remoteWrite.url=http://127.0.0.1:" + port + "/api/v1/write",
                "-remoteWrite.oauth2.clientID=engineer", "-remoteWrite.oauth2.clientSecret=engineer-secret",
                "-remoteWrite.oauth2.tokenUrl=http://127.0.0.1:" + port + "/oauth2/token",
                "-remoteWrite.flushInterval=1s", "-remoteWrite.tmpDataPath=vmagent-data",
                "-httpListenAddr=127.0.0.1:{port}"));
    }
}
