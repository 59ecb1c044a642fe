package io.alertify.deploy.bench;

import io.alertify.deploy.e2e.ApiClient;
import io.alertify.deploy.e2e.SlackClicks;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Issue 7's latency targets, measured end to end: a breaching sample ({@code POST /metrics}, the third
 * over the default rule) to its card arriving at the Slack fake, and a signed Acknowledge press to the
 * card's {@code chat.update} arriving there, while {@code healthy} samples a second of other services
 * go through {@code POST /metrics} in the background.
 *
 * <pre>./mvnw -q -pl deploy test-compile exec:exec@latency [-Dlatency.args="40 1000"]</pre>
 */
public final class LatencyBenchmark {

    static final String CHANNEL = "C0LATENCY";
    static final String SECRET = "latency-engineer-secret";

    public static void main(String[] args) throws Exception {
        int breaches = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int healthyPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        var slack = FakeSlackApi.start("xoxb-latency");
        var telegram = new FakeTelegramBotApi();
        var properties = FakeChatApp.properties(slack, "xoxb-latency", telegram, CHANNEL, -100999L);
        properties.put("alertify.data-dir", Files.createTempDirectory("alertify-latency").toString());
        properties.put("logging.level.root", "WARN");
        properties.put("alertify.security.authorization-server.clients[0].id", "engineer");
        properties.put("alertify.security.authorization-server.clients[0].secret", SECRET);
        properties.put("alertify.security.authorization-server.clients[0].role", "engineer");
        properties.put("alertify.chat.users[0].channel", "slack");
        properties.put("alertify.chat.users[0].user-id", "U0ENGINEER");
        properties.put("alertify.chat.users[0].role", "engineer");
        var context = FakeChatApp.start(properties);
        var background = Executors.newScheduledThreadPool(2);
        try {
            var port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var api = new ApiClient(port);
            var token = api.token("engineer", SECRET);
            var healthy = new AtomicLong();
            // Ten metrics a request, so that 1,000 samples a second are 100 requests.
            var requestsPerSecond = Math.max(1, healthyPerSecond / 10);
            background.scheduleAtFixedRate(() -> {
                var n = healthy.getAndIncrement();
                api.post("/metrics", token, """
                        {"service_id":"healthy-%d","metrics":{"latency":100,"m1":1,"m2":2,"m3":3,"m4":4,"m5":5,"m6":6,"m7":7,"m8":8,"m9":9}}"""
                        .formatted(n % 100));
            }, 0, 1_000_000 / requestsPerSecond, TimeUnit.MICROSECONDS);
            // Warm up: three seconds' worth of healthy requests before the first breach.
            Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> healthy.get() >= 3L * requestsPerSecond);

            var toCard = new ArrayList<Double>();
            var toUpdate = new ArrayList<Double>();
            for (int i = 0; i < breaches; i++) {
                var service = "latency-" + i;
                long breached = 0;
                for (int sample = 0; sample < 3; sample++) {
                    api.post("/metrics", token, "{\"service_id\":\"%s\",\"metrics\":{\"latency\":900}}".formatted(service));
                    breached = System.nanoTime();
                }
                var card = await(() -> slack.calls().stream().filter(c -> c.ok() && c.method().equals("chat.postMessage")
                        && String.valueOf(c.param("text")).contains(service + ":")).findFirst().orElse(null));
                toCard.add((card.receivedNanos() - breached) / 1e6);
                // Slack takes one message a second per channel: press when the card's update may go at once.
                slotFree(card.receivedNanos());
                var ts = card.answered("ts");
                var value = card.param("blocks").replaceAll("(?s).*\"value\":\"(a:ACKNOWLEDGE:\\d+)\".*", "$1");
                var click = SlackClicks.blockAction("U0ENGINEER", CHANNEL, ts, "alertify-incident-acknowledge", value);
                var pressed = System.nanoTime();
                api.postForm("/slack/events", click, SlackClicks.signatureHeaders("xoxb-latency-secret", click));
                var update = await(() -> slack.calls().stream().filter(c -> c.ok() && c.method().equals("chat.update")
                        && ts.equals(c.param("ts")) && c.receivedNanos() > pressed).findFirst().orElse(null));
                toUpdate.add((update.receivedNanos() - pressed) / 1e6);
                slotFree(update.receivedNanos());
            }
            System.out.printf("Latency with %d healthy samples/s in the background (%d sent), %d breaches:%n",
                    healthyPerSecond, healthy.get() * 10, breaches);
            // The first breach runs through code the JIT has not compiled yet; it is shown, not counted.
            System.out.printf("  first breach (cold JVM): card %.1f ms, update %.1f ms%n", toCard.getFirst(),
                    toUpdate.getFirst());
            report("breaching sample -> card posted", toCard.subList(1, toCard.size()));
            report("button press -> card updated", toUpdate.subList(1, toUpdate.size()));
        } finally {
            background.shutdownNow();
            context.close();
            slack.close();
            telegram.close();
        }
    }

    private static void report(String what, List<Double> millis) {
        var sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("  %-34s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (n=%d)%n", what,
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.getLast(), sorted.size());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /** Polled every 2 ms; the figures come from the fake's arrival times, not from this poll. */
    private static <T> T await(java.util.function.Supplier<T> found) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(2))
                .until(found::get, java.util.Objects::nonNull);
    }

    /** Until 1.1 s after the last call to the channel, when the pacer lets the next one go at once. */
    private static void slotFree(long lastCallNanos) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> System.nanoTime() - lastCallNanos > Duration.ofMillis(1100).toNanos());
    }
}
