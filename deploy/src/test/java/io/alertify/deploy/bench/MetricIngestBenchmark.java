package io.alertify.deploy.bench;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.e2e.ApiClient;
import io.alertify.deploy.senders.DebianPeers;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Issue 10's ingest comparison, side by side in one run: the same Influx line-protocol batches (
 * {@code series} series of one latency metric, {@code points} points each, 5,000 lines a request) to
 * Alertify's {@code /write}, with detection on (rules and anomaly detectors), and to VictoriaMetrics 1.79's
 * {@code /write}, which only stores them. Alertify is timed until its detectors have taken every sample
 * off the bus. Prints samples a second and samples per CPU-second for each, and the ratio. Alertify's
 * CPU is this JVM's (the HTTP client included).
 *
 * <pre>./mvnw -q -pl deploy test-compile exec:exec@ingest [-Dingest.args="200 200"]</pre>
 */
public final class MetricIngestBenchmark {

    static final int LINES_PER_REQUEST = 5_000;

    public static void main(String[] args) throws Exception {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int points = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        var work = Files.createTempDirectory("alertify-ingest");
        var context = new SpringApplication(AlertifyApplication.class).run("--server.port=0",
                "--alertify.data-dir=" + work.resolve("data"), "--logging.level.root=WARN",
                "--alertify.email.enabled=false",
                "--alertify.security.authorization-server.clients[0].id=engineer",
                "--alertify.security.authorization-server.clients[0].secret=bench-secret",
                "--alertify.security.authorization-server.clients[0].role=engineer");
        Files.createDirectories(work.resolve("vm-data"));
        try (var vm = DebianPeers.start("victoria-metrics", work, "-storageDataPath=vm-data",
                "-httpListenAddr=127.0.0.1:{port}", "-loggerLevel=ERROR"); var http = HttpClient.newHttpClient()) {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var token = new ApiClient(port).token("engineer", "bench-secret");
            SideBySide.waitUntilUp(http, vm.url() + "/health");
            var bodies = bodies(series, points);
            int samples = series * points;
            System.out.printf("Metric ingest: %d samples (%d series x %d points), %d lines a request%n", samples,
                    series, points, LINES_PER_REQUEST);
            var bus = (io.alertify.pipeline.bus.InMemoryIngestBus) context.getBean(io.alertify.pipeline.bus.IngestBus.class);
            // until the detectors have seen every sample, not only until the bus took them
            var alertify = SideBySide.measure(() -> {
                SideBySide.post(http, "http://127.0.0.1:" + port + "/write", bodies, "text/plain", token);
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(5))
                        .pollInterval(java.time.Duration.ofMillis(5)).until(() -> bus.pending() == 0);
            }, SideBySide::ownCpu);
            var victoria = SideBySide.measure(() -> SideBySide.post(http, vm.url() + "/write", bodies, "text/plain",
                    null), () -> SideBySide.processCpu(vm.process().pid()));
            System.out.printf("Alertify        %9.0f samples/s %9.0f samples per CPU-second%n",
                    samples / alertify.seconds(), samples / (alertify.cpuMillis() / 1000));
            System.out.printf("VictoriaMetrics %9.0f samples/s %9.0f samples per CPU-second%n",
                    samples / victoria.seconds(), samples / (victoria.cpuMillis() / 1000));
            System.out.printf("Alertify / VictoriaMetrics, samples per CPU-second: %.2f%n",
                    (samples / alertify.cpuMillis()) / (samples / Math.max(victoria.cpuMillis(), 1)));
        } finally {
            context.close();
        }
    }

    /** Points one minute apart ending now, so the detectors see a plausible history. */
    private static List<String> bodies(int series, int points) {
        var start = Instant.now().minusSeconds(60L * points).getEpochSecond();
        var lines = new ArrayList<String>();
        for (int p = 0; p < points; p++) {
            for (int s = 0; s < series; s++) {
                lines.add("latency,service=ingest-" + (s % 50) + ",instance=host-" + s + " value="
                        + (100 + (s * 7 + p * 13) % 50) + " " + (start + 60L * p));
            }
        }
        var bodies = new ArrayList<String>();
        for (int from = 0; from < lines.size(); from += LINES_PER_REQUEST) {
            bodies.add(String.join("\n", lines.subList(from, Math.min(lines.size(), from + LINES_PER_REQUEST))));
        }
        return bodies;
    }
}
