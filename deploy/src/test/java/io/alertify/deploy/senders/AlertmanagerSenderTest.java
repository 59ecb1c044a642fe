package io.alertify.deploy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.deploy.AlertifyApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * A real Prometheus 2.42 evaluates a rule on a metric it scrapes from this test and sends the alert
 * through a real Alertmanager 0.25 to Alertify's webhook integration, configured with the snippet
 * {@code GET /integrations} hands out. The metric goes back to normal: the resolve closes the incident.
 */
@ExtendWith(DebianPeers.class)
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alertify.data-dir=${java.io.tmpdir}/alertify-am-test-${random.uuid}",
            "spring.datasource.url=jdbc:h2:mem:am-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "alertify.email.enabled=false",
            "alertify.integrations[0].name=prometheus",
            "alertify.integrations[0].kind=alertmanager",
            "alertify.integrations[0].key=" + AlertmanagerSenderTest.KEY,
            "alertify.integrations[0].labels.team=payments"
        })
class AlertmanagerSenderTest {

    static final String KEY = "am-test-key-0123456789abcdef";

    @LocalServerPort
    int port;

    @Autowired
    DataSource database;

    @TempDir
    Path work;

    private final AtomicInteger breach = new AtomicInteger(1);
    private final List<AutoCloseable> running = new java.util.ArrayList<>();

    @AfterEach
    void stopPeers() throws Exception {
        for (var peer : running.reversed()) {
            peer.close();
        }
    }

    @Test
    void aPrometheusRuleFiringThroughAlertmanagerOpensAnIncidentAndItsRecoveryResolvesIt() throws Exception {
        var target = metricsEndpoint();
        var alertmanager = alertmanager();
        prometheus(target, alertmanager);

        await().atMost(Duration.ofSeconds(60)).until(() -> incidents("triggered").size() == 1);
        var opened = JdbcClient.create(database).sql("select service, severity, title, dedup_key from incidents "
                + "where dedup_key like 'prometheus:%'").query().singleRow();
        assertThat(opened).containsEntry("service", "checkout").containsEntry("severity", "critical")
                .containsEntry("title", "checkout is slow");

        breach.set(0);
        await().atMost(Duration.ofSeconds(90)).until(() -> incidents("resolved").size() == 1);
        assertThat(incidents("triggered")).isEmpty();
    }

    private List<String> incidents(String status) {
        return JdbcClient.create(database).sql("select dedup_key from incidents where dedup_key like 'prometheus:%' "
                + "and status = ?").param(status).query(String.class).list();
    }

    /** What Prometheus scrapes: one gauge, 1 while checkout is slow. */
    private String metricsEndpoint() throws Exception {
        var target = new ScrapeTarget(() -> "# TYPE checkout_slow gauge\ncheckout_slow{service=\"checkout\"} "
                + breach.get() + "\n");
        running.add(target);
        return target.address();
    }

    private DebianPeers.Peer alertmanager() throws Exception {
        // the receiver as Alertify's snippet writes it, with quick grouping so the test is short
        Files.writeString(work.resolve("alertmanager.yml"), """
                route:
                  receiver: alertify
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: alertify
                    webhook_configs:
                      - url: http://127.0.0.1:%d/integrations/v1/alertmanager/%s
                        send_resolved: true
                """.formatted(port, KEY));
        Files.createDirectories(work.resolve("am-data"));
        var peer = DebianPeers.start("prometheus-alertmanager", work, "--config.file=alertmanager.yml",
                "--storage.path=am-data", "--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=");
        running.add(peer);
        return peer;
    }

    private void prometheus(String target, DebianPeers.Peer alertmanager) throws Exception {
        Files.writeString(work.resolve("rules.yml"), """
                groups:
                  - name: checkout
                    interval: 1s
                    rules:
                      - alert: CheckoutSlow
                        expr: checkout_slow > 0
                        labels: { severity: page }
                        annotations:
                          summary: checkout is slow
                          runbook_url: https://runbooks.example.com/checkout
                """);
        Files.writeString(work.resolve("prometheus.yml"), """
                global: { scrape_interval: 1s, evaluation_interval: 1s }
                rule_files: [rules.yml]
                alerting:
                  alertmanagers:
                    - static_configs: [{ targets: ["127.0.0.1:%d"] }]
                scrape_configs:
                  - job_name: checkout
                    static_configs: [{ targets: ["%s"] }]
                """.formatted(alertmanager.port(), target));
        Files.createDirectories(work.resolve("prom-data"));
        running.add(DebianPeers.start("prometheus", work, "--config.file=prometheus.yml",
                "--storage.tsdb.path=prom-data", "--web.listen-address=127.0.0.1:{port}"));
    }
}
