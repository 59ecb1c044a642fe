package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.deploy.testing.ChildAlertify;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Accepted means durable, tried the hard way: Alertify runs in a JVM of its own and breaches stream in
 * (one new service every few milliseconds, three slow samples each, so each opens an incident). While
 * they stream, the test reads which incidents the API shows (so they are committed), and kills the JVM
 * with SIGKILL right after. The next JVM, on the same database, must show every one of them. Then it is
 * stopped with SIGTERM, and the baselines it learnt must be in the database afterwards.
 */
abstract class CrashTest {

    /** Incidents to see committed before the kill: enough that the stream is in full flow. */
    private static final int COMMITTED_BEFORE_KILL = 60;

    /** The database settings of this variant; {@code dataDir} is the child's data directory. */
    abstract Map<String, String> database(Path dataDir);

    /** Rows of {@code detector_state}, read straight from the database once the child has stopped. */
    abstract int detectorStateRows(Path dataDir) throws SQLException;

    abstract String name();

    @Test
    void aKillLosesNoCommittedIncidentAndAStopKeepsTheLearntBaselines() throws Exception {
        var dataDir = Files.createTempDirectory("alertify-crash-");
        var properties = new HashMap<>(database(dataDir));
        properties.put("alertify.data-dir", dataDir.toString());

        Set<String> seenBeforeKill;
        int sentBeforeKill;
        try (var first = ChildAlertify.start(name() + "-1", properties)) {
            var api = new ApiClient(first.port());
            var token = api.token("engineer", ChildAlertify.secret(dataDir, "engineer"));
            var sent = new AtomicInteger();
            var stopped = new AtomicBoolean();
            var stream = Thread.ofPlatform().name("breaches").start(() -> {
                for (int service = 0; !stopped.get(); service++) {
                    try {
                        for (int sample = 0; sample < 3; sample++) {
                            api.post("/metrics", token, """
                                    {"service_id":"crash-%d","timestamp":"%s","metrics":{"latency":900}}"""
                                    .formatted(service, Instant.now()));
                        }
                        sent.incrementAndGet();
                    } catch (RuntimeException killed) {
                        return;
                    }
                }
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> services(api, token).size() >= COMMITTED_BEFORE_KILL);
            seenBeforeKill = services(api, token);
            first.kill();
            stopped.set(true);
            stream.join();
            sentBeforeKill = sent.get();
        }

        try (var second = ChildAlertify.start(name() + "-2", properties)) {
            var api = new ApiClient(second.port());
            var token = api.token("engineer", ChildAlertify.secret(dataDir, "engineer"));
            var afterRestart = services(api, token);
            System.out.printf("%s crash test: %d services breached, %d incidents seen committed before SIGKILL, "
                    + "%d of them there after the restart (%d incidents in all)%n", name(), sentBeforeKill,
                    seenBeforeKill.size(), seenBeforeKill.stream().filter(afterRestart::contains).count(),
                    afterRestart.size());
            assertThat(afterRestart).as("every incident committed before the kill").containsAll(seenBeforeKill);

            for (int sample = 0; sample < 30; sample++) { // a series to learn a baseline of
                assertThat(api.post("/metrics", token, """
                        {"service_id":"steady","metrics":{"latency":%d}}""".formatted(100 + sample % 7))
                        .statusCode()).isEqualTo(200);
            }
            second.stop();
            assertThat(second.logText()).doesNotContain("Database is already closed");
        }
        assertThat(detectorStateRows(dataDir)).as("baselines checkpointed at the orderly stop").isPositive();
    }

    private static Set<String> services(ApiClient api, String token) {
        var response = api.get("/incidents", token);
        assertThat(response.statusCode()).isEqualTo(200);
        var services = new TreeSet<String>();
        ApiClient.json(response).forEach(incident -> services.add(incident.path("service").asString()));
        return services;
    }

    static int count(String url, String user, String password, String table) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password);
                var result = connection.createStatement().executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getInt(1);
        }
    }
}
