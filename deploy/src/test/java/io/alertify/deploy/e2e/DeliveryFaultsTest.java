package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Delivery through the faults the issue lists, against fakes that answer as Slack's and Telegram's
 * documentation says, on the embedded defaults (and on PostgreSQL, {@link PostgresDeliveryFaultsTest}):
 * every incident reaches its chats exactly once once the fault is over, and a broken chat never holds up
 * another. The fakes live as long as the test JVM and are shared by both classes.
 */
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeliveryFaultsTest {

    static final String SLACK_TOKEN = "xoxb-faults";
    static final String SLACK_SECRET = "faults-signing-secret";
    static final String CHANNEL = "C0FAULTS";
    static final long GROUP = -100555L;
    static final long PRIVATE = 4242L;
    static final long OLD_GROUP = -100666L;
    static final long SUPERGROUP = -1009990001L;

    static final FakeSlackApi slack = FakeSlackApi.start(SLACK_TOKEN);
    static final FakeTelegramBotApi telegram = new FakeTelegramBotApi();
    static final io.fabric8.kubernetes.client.server.mock.KubernetesMockServer kubernetes = EndToEndTest.startKubernetes();

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    JdbcClient database;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        var dataDir = Files.createTempDirectory("alertify-faults");
        registry.add("alertify.data-dir", dataDir::toString);
        registry.add("spring.data.redis.port", () -> "1");
        FakeChatApp.register(registry, slack, SLACK_TOKEN, SLACK_SECRET, telegram);
        registry.add("alertify.slack.timeout", () -> "1s");
        registry.add("alertify.remediation.kubernetes.master-url", () -> kubernetes.url("/"));
        registry.add("alertify.remediation.kubernetes.allowed-namespaces", () -> "default,shop");
        registry.add("alertify.delivery.initial-backoff", () -> "200ms");
        registry.add("alertify.delivery.max-backoff", () -> "1s");
        registry.add("alertify.routing.destinations[0].channel", () -> "slack");
        registry.add("alertify.routing.destinations[0].address", () -> CHANNEL);
        registry.add("alertify.routing.destinations[0].severities", () -> "critical,error");
        registry.add("alertify.routing.destinations[1].channel", () -> "telegram");
        registry.add("alertify.routing.destinations[1].address", () -> Long.toString(GROUP));
        registry.add("alertify.routing.destinations[1].severities", () -> "critical,error");
        registry.add("alertify.routing.destinations[2].channel", () -> "telegram");
        registry.add("alertify.routing.destinations[2].address", () -> Long.toString(PRIVATE));
        registry.add("alertify.routing.destinations[2].severities", () -> "critical");
        registry.add("alertify.routing.destinations[3].channel", () -> "telegram");
        registry.add("alertify.routing.destinations[3].address", () -> Long.toString(OLD_GROUP));
        registry.add("alertify.routing.destinations[3].severities", () -> "info");
        registry.add("alertify.chat.users[0].channel", () -> "slack");
        registry.add("alertify.chat.users[0].user-id", () -> "U0ENGINEER");
        registry.add("alertify.chat.users[0].role", () -> "engineer");
    }

    private void open(String severity, String service) {
        intake.accept(IncidentEvents.trigger(IncidentEvents.newKey(), severity, service, UUID.randomUUID().toString()));
    }

    private static String service() {
        return "svc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Cards of {@code service} that exist in the Slack channel: posted, whatever became of the answers. */
    private static long slackCardsOf(String service) {
        return slack.messagesIn(CHANNEL).stream().filter(m -> String.valueOf(m.get("text")).contains(service)).count();
    }

    private static long telegramCardsOf(long chat, String service) {
        return telegram.requests("sendmessage").stream().filter(r -> r.status() == 200)
                .filter(r -> r.body().path("chat_id").asString().equals(Long.toString(chat)))
                .filter(r -> r.body().path("text").asString().contains(service)).count();
    }

    @Test
    void threeRateLimitsInARowAreWaitedOutAndTheCardIsPostedOnce() {
        var service = service();
        slack.rateLimitNext(3, 2);

        open("error", service);

        await().atMost(Duration.ofSeconds(20)).until(() -> slackCardsOf(service) == 1);
        var attempts = slack.calls("chat.postMessage").stream()
                .filter(c -> String.valueOf(c.param("text")).contains(service)).toList();
        assertThat(attempts).hasSize(4);
        assertThat(slackCardsOf(service)).isEqualTo(1);
    }

    @Test
    void incidentsOpenedDuringAnOutageArePostedOnceWhenSlackIsBack() {
        slack.failFor(Duration.ofSeconds(5), 500);
        var services = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            services.add(service());
            open("error", services.getLast());
        }

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(services).allSatisfy(s -> assertThat(slackCardsOf(s)).isEqualTo(1)));
        // The group takes 20 messages a minute: three cards, then its storm summary names the rest.
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(services).allSatisfy(s -> assertThat(telegramShows(GROUP, s)).isTrue()));
        assertThat(services).allSatisfy(s -> assertThat(telegramCardsOf(GROUP, s)).isLessThanOrEqualTo(1));
    }

    /** Whether a message in {@code chat} (a card, or a summary as last edited) names {@code service}. */
    private static boolean telegramShows(long chat, String service) {
        return telegram.requests().stream().filter(r -> r.status() == 200)
                .filter(r -> r.method().equals("sendmessage") || r.method().equals("editmessagetext"))
                .filter(r -> r.body().path("chat_id").asString().equals(Long.toString(chat)))
                .anyMatch(r -> r.body().path("text").asString().contains(service));
    }

    @Test
    void aPrivateChatThatBlockedTheBotBreaksAloneAndTheGroupKeepsGettingCards() {
        telegram.blockedBy(PRIVATE);
        var first = service();
        var second = service();

        open("critical", first);
        await().until(() -> "broken".equals(state("telegram", Long.toString(PRIVATE))));
        open("critical", second);

        await().untilAsserted(() -> {
            assertThat(telegramCardsOf(GROUP, first)).isEqualTo(1);
            assertThat(telegramCardsOf(GROUP, second)).isEqualTo(1);
            assertThat(slackCardsOf(second)).isEqualTo(1);
        });
        assertThat(database.sql("select reason from notification_destinations where address = ?")
                .param(Long.toString(PRIVATE)).query(String.class).single())
                .isEqualTo("403 Forbidden: bot was blocked by the user");
        assertThat(slack.messagesIn(CHANNEL)).as("the on-call channel is told")
                .anySatisfy(m -> assertThat(String.valueOf(m.get("text"))).contains("telegram:4242"));
    }

    @Test
    void anAnswerSlowerThanTheClientTimeoutDoesNotMakeASecondCard() {
        var service = service();
        slack.slowFor(Duration.ofSeconds(8), Duration.ofSeconds(2));

        open("error", service);

        await().atMost(Duration.ofSeconds(40)).until(() -> database.sql(
                "select count(*) from posted_cards where channel = 'slack' and subject in (select 'group:' || cast(group_id as varchar(20)) from incidents where service = ?)")
                .param(service).query(Integer.class).single() == 1);
        assertThat(slackCardsOf(service)).isEqualTo(1);
        assertThat(slack.calls("conversations.history")).as("looked up before posting again").isNotEmpty();
    }

    @Test
    void aGroupThatBecameASupergroupIsFollowed() {
        telegram.upgradeToSupergroup(OLD_GROUP, SUPERGROUP);
        var service = service();

        open("info", service);

        await().untilAsserted(() -> assertThat(telegramCardsOf(SUPERGROUP, service)).isEqualTo(1));
        assertThat(state("telegram", Long.toString(OLD_GROUP))).isEqualTo("moved");
        assertThat(database.sql("select severities from subscriptions where address = ?")
                .param(Long.toString(SUPERGROUP)).query(String.class).single()).isEqualTo("info");
    }

    @Test
    void aSignedButtonPressSentTwiceRestartsThePodOnce() {
        var service = service();
        try (var cluster = kubernetes.createClient()) {
            cluster.pods().inNamespace("shop").resource(new PodBuilder().withNewMetadata().withName("checkout-7d9f")
                    .withNamespace("shop").addToLabels("app", service).endMetadata().build()).create();
        }
        open("error", service);
        var card = await().until(() -> slack.calls("chat.postMessage").stream()
                .filter(c -> c.ok() && String.valueOf(c.param("text")).contains(service)).findFirst().orElse(null),
                c -> c != null);
        var id = database.sql("select id from incidents where service = ?").param(service).query(Long.class).single();
        var value = "a:RESTART_POD:" + id;
        var click = SlackClicks.blockAction("U0ENGINEER", CHANNEL, card.answered("ts"), "alertify-incident-restart_pod",
                value);
        var api = new ApiClient(port);

        var headers = SlackClicks.signatureHeaders(SLACK_SECRET, click);
        assertThat(api.postForm("/slack/events", click, headers).statusCode()).isEqualTo(200);
        assertThat(api.postForm("/slack/events", click, headers).statusCode()).isEqualTo(200);

        await().until(() -> remediations(id) >= 1);
        await().during(Duration.ofSeconds(1)).until(() -> remediations(id) == 1);
    }

    private int remediations(long id) {
        return database.sql("select count(*) from incident_timeline where incident_id = ? and kind like 'remediation%'")
                .param(id).query(Integer.class).single();
    }

    private String state(String channel, String address) {
        return database.sql("select state from notification_destinations where channel = ? and address = ?")
                .params(channel, address).query(String.class).optional().orElse(null);
    }

}
