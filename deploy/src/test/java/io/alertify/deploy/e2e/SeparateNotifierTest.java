package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.testing.IncidentEvents;
import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The production shape of delivery: incident events arrive over RabbitMQ at the bot, which writes jobs into
 * PostgreSQL; the notifier is a separate operating-system process. It is killed with SIGKILL in the middle of
 * a burst, while a Slack post it sent is still unanswered, and a fresh notifier process takes over when the
 * lease runs out: every incident reaches both chats, and no card is posted twice.
 */
@ExtendWith(RealServers.class)
class SeparateNotifierTest {

    static final String CHANNEL = "C0APART";
    static final long GROUP = -100888L;
    static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    static final String SCHEMA = "apart_" + RUN;
    static final String EXCHANGE = "alertify.apart." + RUN;
    static final String QUEUE = EXCHANGE + ".bot";

    static final FakeSlackApi slack = FakeSlackApi.start("xoxb-apart");
    static final FakeTelegramBotApi telegram = new FakeTelegramBotApi();

    @Test
    void aNotifierKilledInTheMiddleOfABurstLosesAndDoublesNothing() throws Exception {
        try (var bot = FakeChatApp.start(properties("bot"))) {
            var first = startNotifier(1);
            var services = new ArrayList<String>();
            var rabbit = rabbitTemplate();
            try {
                for (int i = 0; i < 15; i++) {
                    services.add("apart-" + i + "-" + RUN);
                    publish(rabbit, IncidentEvents.trigger(IncidentEvents.newKey(), "error", services.getLast(),
                            UUID.randomUUID().toString()));
                }
                await().atMost(Duration.ofSeconds(90)).until(() -> slack.messagesIn(CHANNEL).size() >= 3);

                // Telegram refuses for a while, so the kill cannot cut off a Telegram post that took effect
                // (Telegram cannot be asked afterwards: docs/delivery.md); Slack gets a post that never answers.
                telegram.failFor(Duration.ofSeconds(6), 502);
                await().atMost(Duration.ofSeconds(5)).until(() -> telegramJobsBeingSent() == 0);
                var before = slack.calls("chat.postMessage").size() + slack.calls("chat.update").size();
                slack.slowFor(Duration.ofSeconds(4), Duration.ofSeconds(30));
                await().atMost(Duration.ofSeconds(5)).until(() ->
                        slack.calls("chat.postMessage").size() + slack.calls("chat.update").size() > before);
                first.destroyForcibly().waitFor();
            } finally {
                first.destroyForcibly();
                ((CachingConnectionFactory) rabbit.getConnectionFactory()).destroy();
            }
            var posted = slack.messagesIn(CHANNEL).size();

            var next = startNotifier(2);
            try {
                await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(services).allSatisfy(service -> {
                    assertThat(shown(slackTexts(), service)).as(service + " in Slack").isTrue();
                    assertThat(shown(telegramTexts(), service)).as(service + " in Telegram").isTrue();
                }));
                assertThat(slack.messagesIn(CHANNEL).size()).as("the next notifier went on").isGreaterThan(posted);
            } finally {
                next.destroy();
                next.waitFor();
            }
            assertThat(services).allSatisfy(service -> {
                assertThat(slack.messagesIn(CHANNEL).stream()
                        .filter(m -> String.valueOf(m.get("text")).contains(service + ":")).count())
                        .as(service + " has at most one card in Slack").isLessThanOrEqualTo(1);
                assertThat(telegram.requests("sendmessage").stream().filter(r -> r.status() == 200)
                        .filter(r -> r.body().path("text").asString().contains(service + ":")).count())
                        .as(service + " has at most one card in Telegram").isLessThanOrEqualTo(1);
            });
        }
    }

    /** Short leases, so the killed notifier's destinations pass on within seconds instead of 30. */
    private static Map<String, String> properties(String roles) {
        var rabbit = RealServers.rabbit();
        var properties = new HashMap<>(FakeChatApp.properties(slack, "xoxb-apart", telegram, CHANNEL, GROUP));
        properties.putAll(RealServers.postgresSchema(SCHEMA));
        properties.putAll(Map.of(
                "alertify.roles", roles,
                "alertify.delivery.lease", "6s",
                "alertify.slack.timeout", "20s"));
        if (roles.equals("bot")) {
            properties.putAll(Map.of(
                    "alertify.events.transport", "rabbitmq",
                    "alertify.events.rabbitmq.exchange", EXCHANGE,
                    "alertify.events.rabbitmq.queue", QUEUE,
                    "spring.rabbitmq.host", rabbit.host(),
                    "spring.rabbitmq.port", Integer.toString(rabbit.port()),
                    "spring.rabbitmq.username", rabbit.user(),
                    "spring.rabbitmq.password", rabbit.password()));
        }
        return properties;
    }

    /** Telegram jobs whose call has not been recorded as answered yet; refused calls take no effect. */
    private static int telegramJobsBeingSent() throws java.sql.SQLException {
        var postgres = RealServers.postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) from " + SCHEMA
                        + ".notification_jobs where channel = 'telegram' and state = 'sending'")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** {@code ALERTIFY_ROLES=notifier} in a JVM of its own, on this test's class path; its log in target/. */
    private static Process startNotifier(int n) throws IOException {
        var command = new ArrayList<String>(List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), AlertifyApplication.class.getName()));
        properties("notifier").forEach((key, value) -> command.add("--" + key + "=" + value));
        var log = Path.of("target", "separate-notifier-" + n + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
    }

    private static RabbitTemplate rabbitTemplate() {
        var rabbit = RealServers.rabbit();
        var connections = new CachingConnectionFactory(rabbit.host(), rabbit.port());
        connections.setUsername(rabbit.user());
        connections.setPassword(rabbit.password());
        return new RabbitTemplate(connections);
    }

    private static void publish(RabbitTemplate rabbit, String json) {
        var properties = new MessageProperties();
        properties.setContentType("application/json");
        properties.setDeliveryMode(org.springframework.amqp.core.MessageDeliveryMode.PERSISTENT);
        rabbit.send(EXCHANGE, "incident.trigger", new Message(json.getBytes(StandardCharsets.UTF_8), properties));
    }

    private static boolean shown(List<String> texts, String service) {
        return texts.stream().anyMatch(text -> text.contains(service + ":"));
    }

    /** What Slack shows: every post and edit (text and blocks), summaries included. */
    private static List<String> slackTexts() {
        return slack.calls().stream().filter(FakeSlackApi.Call::ok)
                .filter(c -> c.method().equals("chat.postMessage") || c.method().equals("chat.update"))
                .map(c -> c.param("text") + " " + c.param("blocks")).toList();
    }

    private static List<String> telegramTexts() {
        return telegram.requests().stream().filter(r -> r.status() == 200)
                .filter(r -> r.method().equals("sendmessage") || r.method().equals("editmessagetext"))
                .map(r -> r.body().path("text").asString()).toList();
    }

    /** Leaves the shared local servers as they were. */
    @AfterAll
    static void dropWhatThisRunMade() throws Exception {
        slack.close();
        telegram.close();
        var postgres = RealServers.postgres();
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        var template = rabbitTemplate();
        var connections = (CachingConnectionFactory) template.getConnectionFactory();
        try {
            var admin = new RabbitAdmin(connections);
            admin.deleteQueue(QUEUE);
            admin.deleteQueue(QUEUE + ".dlq");
            admin.deleteExchange(EXCHANGE);
        } finally {
            connections.destroy();
        }
    }
}
