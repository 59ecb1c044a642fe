package io.alertify.deploy.bench;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The storm of issue 7, as a load generator: {@code breaches} incidents opened within ten seconds over
 * {@code services} services (what the pipeline hands the bot), with a Slack channel and a Telegram group
 * behind fakes that enforce the platforms' published limits. Prints, per destination: chat messages
 * posted, 429s answered, whether every incident is covered by a card or a summary, and the time from
 * the first breach until the last incident was told.
 *
 * <pre>./mvnw -q -pl deploy test-compile exec:exec@storm [-Dstorm.args="10000 50"]</pre>
 */
public final class StormBenchmark {

    static final String CHANNEL = "C0STORM";
    static final long GROUP = -100777L;

    public static void main(String[] args) throws Exception {
        int breaches = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int services = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        var slack = FakeSlackApi.start("xoxb-storm");
        var telegram = new FakeTelegramBotApi();
        var data = Files.createTempDirectory("alertify-storm");
        var properties = FakeChatApp.properties(slack, "xoxb-storm", telegram, CHANNEL, GROUP);
        properties.put("alertify.data-dir", data.toString());
        properties.put("logging.level.root", "WARN");
        var context = FakeChatApp.start(properties);
        try {
            var intake = context.getBean(IncidentEventIntake.class);
            var database = context.getBean(JdbcClient.class);
            var perService = new LinkedHashMap<String, AtomicInteger>();
            for (int s = 0; s < services; s++) {
                perService.put("storm-%02d".formatted(s), new AtomicInteger());
            }
            var names = perService.keySet().toArray(String[]::new);

            System.out.printf("Storm: %d breaches over %d services, paced over 10 s%n", breaches, services);
            var start = System.nanoTime();
            var pool = Executors.newScheduledThreadPool(4);
            var sent = new AtomicInteger();
            for (int i = 0; i < breaches; i++) {
                int n = i;
                var delay = Duration.ofSeconds(10).toNanos() * n / breaches - (System.nanoTime() - start);
                pool.schedule(() -> {
                    var service = names[n % names.length];
                    intake.accept(IncidentEvents.trigger(UUID.randomUUID().toString(), "error", service,
                            UUID.randomUUID().toString()));
                    perService.get(service).incrementAndGet();
                    sent.incrementAndGet();
                }, Math.max(0, delay), TimeUnit.NANOSECONDS);
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            var intakeDone = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("  intake took %.1f s (%d incidents)%n", intakeDone.toMillis() / 1000.0, sent.get());

            Duration told = null;
            try {
                Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
                        covered(lastSlackTexts(slack), perService) == breaches
                                && covered(lastTelegramTexts(telegram), perService) == breaches
                                && database.sql("select count(*) from notification_jobs where state in ('queued', 'sending')")
                                        .query(Integer.class).single() == 0);
                told = Duration.ofNanos(System.nanoTime() - start);
            } catch (ConditionTimeoutException e) {
                // reported below
            }
            report("slack:" + CHANNEL, slack.messagesIn(CHANNEL).size(), slack.rateLimitedAnswers(),
                    covered(lastSlackTexts(slack), perService), breaches);
            var posts = telegram.requests("sendmessage").stream().filter(r -> r.status() == 200).count();
            report("telegram:" + GROUP, posts, telegram.tooManyRequestsAnswered(),
                    covered(lastTelegramTexts(telegram), perService), breaches);
            System.out.println(told == null ? "  NOT every incident was told within 3 minutes"
                    : "  every incident told %.1f s after the first breach".formatted(told.toMillis() / 1000.0));
        } finally {
            context.close();
            slack.close();
            telegram.close();
        }
    }

    private static void report(String destination, long messages, int rateLimited, int covered, int breaches) {
        System.out.printf("  %-20s %3d chat messages, %d answered 429, %d of %d incidents on a card or summary%n",
                destination, messages, rateLimited, covered, breaches);
    }

    /** Incidents whose service's whole count is shown on a message as last edited: "storm-07: 200 incidents". */
    private static int covered(Map<String, String> lastTexts, Map<String, AtomicInteger> perService) {
        var total = 0;
        for (var entry : perService.entrySet()) {
            var shown = entry.getKey() + ": " + entry.getValue().get() + " incidents";
            if (lastTexts.values().stream().anyMatch(text -> text.contains(shown))) {
                total += entry.getValue().get();
            }
        }
        return total;
    }

    private static Map<String, String> lastSlackTexts(FakeSlackApi slack) {
        var last = new HashMap<String, String>();
        for (var call : slack.calls()) {
            if (!call.ok() || !CHANNEL.equals(call.param("channel"))) {
                continue;
            }
            var body = call.param("text") + " " + call.param("blocks");
            if (call.method().equals("chat.postMessage")) {
                last.put(call.answered("ts"), body);
            } else if (call.method().equals("chat.update")) {
                last.put(call.param("ts"), body);
            }
        }
        return last;
    }

    private static Map<String, String> lastTelegramTexts(FakeTelegramBotApi telegram) {
        var last = new HashMap<String, String>();
        for (var request : telegram.requests()) {
            if (request.status() != 200 || !request.body().path("chat_id").asString().equals(Long.toString(GROUP))) {
                continue;
            }
            if (request.method().equals("sendmessage")) {
                last.put(request.response().path("result").path("message_id").asString(),
                        request.body().path("text").asString());
            } else if (request.method().equals("editmessagetext")) {
                last.put(request.body().path("message_id").asString(), request.body().path("text").asString());
            }
        }
        return last;
    }
}
