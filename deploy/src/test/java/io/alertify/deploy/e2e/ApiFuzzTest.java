package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.deploy.testing.TestClients;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded, seeded fuzz of every public endpoint: a few thousand requests from {@link RequestFuzzer}. It fails on any 5xx, on any
 * error answer that is not problem+json, and on any breach answered 200 that never becomes an incident.
 * The build runs one seed; {@code -Dalertify.fuzz.seed=N} runs another (the seed of each run is printed).
 */
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApiFuzzTest {

    static final int REQUESTS = 3000;
    static final String SLACK_TOKEN = "xoxb-fuzz";
    static final String SLACK_SECRET = "fuzz-signing-secret";
    static final String TELEGRAM_SECRET = "fuzz-webhook-secret";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Shared with PostgresApiFuzzTest and left open: they live as long as the test JVM. */
    static final FakeSlackApi slack = FakeSlackApi.start(SLACK_TOKEN);
    static final FakeTelegramBotApi telegram = new FakeTelegramBotApi();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        var dataDir = Files.createTempDirectory("alertify-fuzz");
        registry.add("alertify.data-dir", dataDir::toString); // and the embedded H2 in it, as a new user has
        registry.add("spring.data.redis.port", () -> "1");
        FakeChatApp.register(registry, slack, SLACK_TOKEN, SLACK_SECRET, telegram);
        registry.add("alertify.telegram.mode", () -> "webhook");
        registry.add("alertify.telegram.webhook-secret", () -> TELEGRAM_SECRET);
        registry.add("alertify.remediation.kubernetes.master-url", () -> "http://127.0.0.1:1");
        registry.add("alertify.routing.destinations[0].channel", () -> "slack");
        registry.add("alertify.routing.destinations[0].address", () -> "C0FUZZ");
        TestClients.register(registry);
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void noRequestGetsA5xxOrANonProblemErrorAndEveryAcceptedBreachBecomesAnIncident() throws Exception {
        // One seed in the build, so that a red run is the code's fault, not the dice's; explore with others.
        long seed = Long.getLong("alertify.fuzz.seed", 20261203L);
        System.out.println("ApiFuzzTest seed " + seed + " (replay with -Dalertify.fuzz.seed=" + seed + ")");
        var fuzzer = new RequestFuzzer(new Random(seed), SLACK_SECRET, TELEGRAM_SECRET);
        var api = new ApiClient(port);
        var tokens = Map.of("user", api.token("user", "user-secret"),
                "engineer", api.token("engineer", "engineer-secret"), "admin", api.token("admin", "admin-secret"));
        var breaches = fuzzer.new Breaches();

        for (int i = 0; i < REQUESTS; i++) {
            var request = i % 25 == 0 ? breaches.next(tokens.get("engineer")) : fuzzer.anyRequest(tokens);
            var response = send(request);
            statuses.merge(request.target() + " " + response.statusCode(), 1, Integer::sum);
            check(request, response);
            breaches.answered(request, response.statusCode());
        }

        var expected = breaches.accepted();
        System.out.println("ApiFuzzTest: " + REQUESTS + " requests; answers by endpoint and status: " + statuses);
        System.out.println("ApiFuzzTest: " + expected.size() + " breaches answered 200 three times");
        assertThat(failures).as("answers that broke the rules").isEmpty();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var open = new TreeSet<String>();
            ApiClient.json(api.get("/incidents", tokens.get("user"))).forEach(i -> open.add(i.path("service").asString()));
            assertThat(open).as("every breach answered 200 is an open incident").containsAll(expected);
        });
    }

    private void check(FuzzedRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        var what = request.describe() + " -> " + status + " " + FuzzedRequest.abbreviate(response.body());
        if (status >= 500) {
            failures.add("5xx: " + what);
        } else if (status >= 400 && !"HEAD".equals(request.method())) {
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add("not problem+json (" + type + "): " + what);
            } else {
                var problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status || !problem.has("title") || problem.has("properties")) {
                    failures.add("not an RFC 9457 problem (status, title, extensions inline): " + what);
                }
            }
        }
    }

    private HttpResponse<String> send(FuzzedRequest request) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0 && !"POST".equals(request.method())
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
