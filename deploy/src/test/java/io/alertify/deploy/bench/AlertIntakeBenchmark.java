package io.alertify.deploy.bench;

import io.alertify.deploy.senders.DebianPeers;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10's intake comparison, side by side in one run: the same {@code alerts} distinct alerts, in
 * batches of 100, sent to Alertify's Alertmanager webhook integration (each becomes a deduplicated
 * incident; no chat is configured, so delivery is not in the figures) and to a real Alertmanager 0.25's own
 * {@code POST /api/v2/alerts}; then sent again, as Alertmanager repeats firing alerts. Prints alerts a
 * second and CPU per alert for each, and the ratio. Alertify's CPU is this JVM's (the HTTP client
 * included, so it is an upper bound); Alertmanager's is its process's, from /proc.
 *
 * <pre>./mvnw -q -pl deploy test-compile exec:exec@intake [-Dintake.args="10000"]</pre>
 */
public final class AlertIntakeBenchmark {

    static final String KEY = "bench-intake-key-0123456789";
    static final int BATCH = 100;

    public static void main(String[] args) throws Exception {
        int alerts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var work = Files.createTempDirectory("alertify-intake");
        // no chat: what is measured is the intake (dedup, incident, timeline, grouping, routing), not delivery
        var context = new org.springframework.boot.SpringApplication(io.alertify.deploy.AlertifyApplication.class).run(
                "--server.port=0", "--alertify.data-dir=" + work.resolve("data"), "--logging.level.root=WARN",
                "--alertify.email.enabled=false", "--alertify.integrations[0].name=bench",
                "--alertify.integrations[0].kind=alertmanager", "--alertify.integrations[0].key=" + KEY);
        try (var alertmanager = alertmanager(work); var http = HttpClient.newHttpClient()) {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var startsAt = Instant.now().minusSeconds(60).toString();
            var webhook = batches(alerts, i -> """
                    {"status":"firing","labels":{"alertname":"BenchAlert","service":"bench-%d","instance":"host-%d",
                     "severity":"warning"},"annotations":{"summary":"bench alert %d"},"startsAt":"%s",
                     "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus:9090/graph","fingerprint":"fp%08d"}"""
                    .formatted(i % 50, i, i, startsAt, i));
            var v2 = batches(alerts, i -> """
                    {"labels":{"alertname":"BenchAlert","service":"bench-%d","instance":"host-%d","severity":"warning"},
                     "annotations":{"summary":"bench alert %d"},"startsAt":"%s","generatorURL":"http://prometheus:9090/graph"}"""
                    .formatted(i % 50, i, i, startsAt));
            SideBySide.waitUntilUp(http, alertmanager.url() + "/-/ready");
            var alertifyUrl = "http://127.0.0.1:" + port + "/integrations/v1/alertmanager/" + KEY;
            var amUrl = alertmanager.url() + "/api/v2/alerts";
            var database = JdbcClient.create(context.getBean(javax.sql.DataSource.class));

            // a warm-up of other alerts first: the JIT compiler and the caches are not what is measured
            var warmUp = batches(Math.min(alerts, 1000), i -> ("{\"status\":\"firing\",\"labels\":{\"alertname\":\"WarmUp\","
                    + "\"service\":\"warm-%d\",\"instance\":\"host-%d\"},\"startsAt\":\"%s\",\"fingerprint\":\"warm%08d\"}")
                    .formatted(i % 50, i, startsAt, i));
            SideBySide.post(http, alertifyUrl, warmUp.stream()
                    .map(b -> "{\"version\":\"4\",\"status\":\"firing\",\"receiver\":\"alertify\",\"alerts\":[" + b + "]}")
                    .toList(), "application/json", null);
            SideBySide.post(http, amUrl, warmUp.stream().map(b -> "[" + b.replace("\"status\":\"firing\",", "") + "]")
                    .toList(), "application/json", null);
            System.out.printf("Alert intake: %d distinct alerts in batches of %d, after a warm-up%n", alerts, BATCH);
            for (var round : List.of("new alerts", "the same again (a repeat)")) {
                var alertify = SideBySide.measure(() -> SideBySide.post(http, alertifyUrl, webhook.stream()
                        .map(b -> "{\"version\":\"4\",\"status\":\"firing\",\"receiver\":\"alertify\",\"alerts\":[" + b + "]}")
                        .toList(), "application/json", null), SideBySide::ownCpu);
                var am = SideBySide.measure(() -> SideBySide.post(http, amUrl, v2.stream().map(b -> "[" + b + "]").toList(),
                        "application/json", null), () -> SideBySide.processCpu(alertmanager.process().pid()));
                var incidents = database.sql("select count(*) from incidents where dedup_key like 'bench:fp%'")
                        .query(Long.class).single();
                System.out.printf("%-28s Alertify %8.0f alerts/s %7.3f ms CPU/alert | Alertmanager %8.0f alerts/s "
                                + "%7.3f ms CPU/alert | Alertify uses %.0fx Alertmanager's CPU per alert | incidents %d%n",
                        round, alerts / alertify.seconds(), alertify.cpuMillis() / alerts, alerts / am.seconds(),
                        am.cpuMillis() / alerts, alertify.cpuMillis() / Math.max(am.cpuMillis(), 1), incidents);
            }
        } finally {
            context.close();
        }
    }

    private static List<String> batches(int alerts, java.util.function.IntFunction<String> alert) {
        var result = new ArrayList<String>();
        for (int from = 0; from < alerts; from += BATCH) {
            var body = new StringBuilder();
            for (int i = from; i < Math.min(alerts, from + BATCH); i++) {
                body.append(body.isEmpty() ? "" : ",").append(alert.apply(i));
            }
            result.add(body.toString());
        }
        return result;
    }

    private static DebianPeers.Peer alertmanager(Path work) throws Exception {
        Files.writeString(work.resolve("alertmanager.yml"), """
                route: { receiver: nobody, group_wait: 1h }
                receivers: [ { name: nobody } ]
                """);
        Files.createDirectories(work.resolve("am-data"));
        return DebianPeers.start("prometheus-alertmanager", work, "--config.file=alertmanager.yml",
                "--storage.path=am-data", "--web.listen-address=127.0.0.1:{port}", "--cluster.listen-address=");
    }
}
