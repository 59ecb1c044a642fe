package io.alertify.slack;

import com.slack.api.app_backend.SlackSignature;
import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Texts;
import io.alertify.bot.testing.InMemorySubscriptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Slack adapter in a real servlet container, talking to {@link FakeSlackApi}, with bot-core and
 * conversations replaced by small fakes. Requests to {@code /slack/events} are signed the way Slack
 * signs them. Subclasses share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = SlackEndpointTestSupport.TestApplication.class,
        properties = {
                "alertify.slack.enabled=true",
                "alertify.slack.bot-token=" + SlackEndpointTestSupport.BOT_TOKEN,
                "alertify.slack.signing-secret=" + SlackEndpointTestSupport.SIGNING_SECRET})
abstract class SlackEndpointTestSupport {

    static final String BOT_TOKEN = "xoxb-endpoint-test-token";
    static final String SIGNING_SECRET = "endpoint-test-signing-secret";
    static final String ALICE = "U0ALICE";

    /** Started once for every subclass, since they share the context that points at it. */
    static final FakeSlackApi slack = FakeSlackApi.start(BOT_TOKEN);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void slackApiUrl(DynamicPropertyRegistry registry) {
        registry.add("alertify.slack.api-url", slack::apiUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingIncidentCommands commands;

    @Autowired
    ScriptedConversations conversations;

    @Autowired
    InMemorySubscriptions subscriptions;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void resetFakes() {
        slack.reset();
        commands.reset();
        conversations.reset();
        subscriptions.clear();
    }

    /** POSTs {@code body} to /slack/events, signed with our signing secret at the current time. */
    HttpResponse<String> postSigned(String body) throws IOException, InterruptedException {
        var timestamp = String.valueOf(Instant.now().getEpochSecond());
        return post(body, timestamp, sign(SIGNING_SECRET, timestamp, body));
    }

    HttpResponse<String> post(String body, String timestamp, String signature) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackConfiguration.EVENTS_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp);
        }
        if (signature != null) {
            request.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sign(String secret, String timestamp, String body) {
        return new SlackSignature.Generator(secret).generate(timestamp, body);
    }

    /** The form Slack posts when someone presses a button in a message: one {@code payload} field of JSON. */
    static String buttonClick(String channel, String messageTs, String actionId, String value) {
        var payload = Map.ofEntries(
                Map.entry("type", "block_actions"),
                Map.entry("api_app_id", "A0ALERTIFY"),
                Map.entry("token", "legacy-verification-token"),
                Map.entry("trigger_id", "1764050401.123.abc"),
                Map.entry("team", Map.of("id", FakeSlackApi.TEAM_ID, "domain", "alertify-test")),
                Map.entry("user", Map.of("id", ALICE, "username", "alice", "name", "alice",
                        "team_id", FakeSlackApi.TEAM_ID)),
                Map.entry("container", Map.of("type", "message", "message_ts", messageTs, "channel_id", channel,
                        "is_ephemeral", false)),
                Map.entry("channel", Map.of("id", channel, "name", "ops")),
                Map.entry("message", Map.of("type", "message", "ts", messageTs, "text", "a message with buttons")),
                Map.entry("response_url", slack.responseUrl("click")),
                Map.entry("actions", List.of(Map.of("type", "button", "action_id", actionId, "block_id", "actions",
                        "value", value, "text", Map.of("type", "plain_text", "text", "label"),
                        "action_ts", nextActionTs()))));
        return form(Map.of("payload", JSON.writeValueAsString(payload)));
    }

    /** The form Slack posts for a slash command. */
    static String slashCommand(String channel, String command, String text) {
        return form(Map.ofEntries(
                Map.entry("token", "legacy-verification-token"),
                Map.entry("team_id", FakeSlackApi.TEAM_ID),
                Map.entry("team_domain", "alertify-test"),
                Map.entry("channel_id", channel),
                Map.entry("channel_name", "ops"),
                Map.entry("user_id", ALICE),
                Map.entry("user_name", "alice"),
                Map.entry("command", command),
                Map.entry("text", text),
                Map.entry("api_app_id", "A0ALERTIFY"),
                Map.entry("response_url", slack.responseUrl("command")),
                Map.entry("trigger_id", "1764050401.456." + nextActionTs())));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {
            // bot-core brings JPA, Flyway and RabbitMQ onto the classpath; the adapter needs none of them.
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration"})
    @Import(SlackConfiguration.class)
    static class TestApplication {

        @Bean
        RecordingIncidentCommands incidentCommands() {
            return new RecordingIncidentCommands();
        }

        /** In memory, as bot-core's table remembers request ids. */
        @Bean
        io.alertify.bot.api.ChatRequests chatRequests() {
            var seen = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
            return seen::add;
        }

        @Bean
        ScriptedConversations conversations() {
            return new ScriptedConversations();
        }

        @Bean
        InMemorySubscriptions subscriptions() {
            return new InMemorySubscriptions();
        }

        @Bean
        Texts texts() {
            return new BundleTexts(Locale.ENGLISH, List.of("i18n/slack"));
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong PRESSES = new java.util.concurrent.atomic.AtomicLong(200);

    /** Every press has its own action_ts, as in Slack: a repeated one is a redelivery and runs once. */
    static String nextActionTs() {
        return "1764050401.%06d".formatted(PRESSES.incrementAndGet());
    }
}
