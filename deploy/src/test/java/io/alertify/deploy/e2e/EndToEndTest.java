package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.alertify.bot.escalation.Escalations;
import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.testing.FakeChatApp;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.FakeUser;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole path on one Alertify process, as a user would see it: a metric breach, cards in Slack,
 * Telegram and email, a signed Slack button press, a Telegram callback, Restart Pod deleting the pod,
 * and the recovery resolving the incident. Slack and Telegram are local fakes that check requests the way
 * the real APIs do; Kubernetes is fabric8's mock server; SMTP is GreenMail.
 *
 * <p>Subclasses choose the database and the incident event transport.
 */
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class EndToEndTest {

    static final String SLACK_TOKEN = "xoxb-end-to-end";
    static final String SLACK_SECRET = "end-to-end-signing-secret";
    static final String SLACK_CHANNEL = "C0OPS";
    static final long TELEGRAM_CHAT = -1001234567890L;
    static final String ONCALL_MAIL = "oncall@example.com";
    static final String ENGINEER_SECRET = "engineer-secret";
    static final String ADMIN_SECRET = "admin-secret";

    static final FakeUser TELEGRAM_ENGINEER = new FakeUser(111, "olga", "Olga", "ru");
    static final FakeUser TELEGRAM_STRANGER = new FakeUser(222, "guest", "Guest", "en");

    static final FakeSlackApi slack = FakeSlackApi.start(SLACK_TOKEN);
    static final FakeTelegramBotApi telegram = new FakeTelegramBotApi();
    static final GreenMail smtp = startSmtp();
    static final KubernetesMockServer kubernetes = startKubernetes();
    static final KubernetesClient cluster = kubernetes.createClient();

    @LocalServerPort
    int port;

    ApiClient api;
    String engineer;

    @DynamicPropertySource
    static void endToEndProperties(DynamicPropertyRegistry registry) throws Exception {
        var dataDir = Files.createTempDirectory("alertify-e2e");
        registry.add("alertify.data-dir", dataDir::toString);
        FakeChatApp.register(registry, slack, SLACK_TOKEN, SLACK_SECRET, telegram);
        registry.add("alertify.email.enabled", () -> "true");
        registry.add("alertify.email.from", () -> "alertify@example.com");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("alertify.remediation.kubernetes.master-url", () -> kubernetes.url("/"));
        registry.add("alertify.remediation.kubernetes.allowed-namespaces", () -> "default,shop");
        // one person, always on call: what /oncall says does not depend on when the test runs
        registry.add("alertify.oncall.schedules[0].name", () -> "primary");
        registry.add("alertify.oncall.schedules[0].layers[0].zone", () -> "Europe/Berlin");
        registry.add("alertify.oncall.schedules[0].layers[0].start", () -> "2026-01-05T09:00");
        registry.add("alertify.oncall.schedules[0].layers[0].shift", () -> "P7D");
        registry.add("alertify.oncall.schedules[0].layers[0].people", () -> "olga");
        EscalationJourney.register(registry, telegram, TELEGRAM_CHAT, TELEGRAM_ENGINEER);
        registry.add("alertify.routing.destinations[0].channel", () -> "slack");
        registry.add("alertify.routing.destinations[0].address", () -> SLACK_CHANNEL);
        registry.add("alertify.routing.destinations[1].channel", () -> "telegram");
        registry.add("alertify.routing.destinations[1].address", () -> Long.toString(TELEGRAM_CHAT));
        registry.add("alertify.routing.destinations[2].channel", () -> "email");
        registry.add("alertify.routing.destinations[2].address", () -> ONCALL_MAIL);
        registry.add("alertify.chat.users[0].channel", () -> "slack");
        registry.add("alertify.chat.users[0].user-id", () -> "U0ENGINEER");
        registry.add("alertify.chat.users[0].role", () -> "engineer");
        registry.add("alertify.chat.users[1].channel", () -> "telegram");
        registry.add("alertify.chat.users[1].user-id", () -> Long.toString(TELEGRAM_ENGINEER.id()));
        registry.add("alertify.chat.users[1].role", () -> "engineer");
        registry.add("alertify.security.authorization-server.clients[0].id", () -> "engineer");
        registry.add("alertify.security.authorization-server.clients[0].secret", () -> ENGINEER_SECRET);
        registry.add("alertify.security.authorization-server.clients[0].role", () -> "engineer");
        registry.add("alertify.security.authorization-server.clients[1].id", () -> "admin");
        registry.add("alertify.security.authorization-server.clients[1].secret", () -> ADMIN_SECRET);
        registry.add("alertify.security.authorization-server.clients[1].role", () -> "admin");
    }

    /** The fakes outlive one test class; each class starts from empty ones (its context is closed after it). */
    @BeforeAll
    static void emptyFakes() throws Exception {
        slack.reset();
        telegram.forgetRequests();
        telegram.forgetFloodControl();
        smtp.purgeEmailFromAllMailboxes();
        cluster.pods().inAnyNamespace().delete();
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        engineer = api.token("engineer", ENGINEER_SECRET);
    }

    @Test
    void aBreachReachesEveryChatAndIsHandledFromThere() throws Exception {
        cluster.pods().inNamespace("shop").resource(new PodBuilder().withNewMetadata()
                .withName("checkout-7d9f").withNamespace("shop").addToLabels("app", "checkout")
                .endMetadata().build()).create();

        // Three slow samples in a row trip "latency > 500 for 3 samples".
        for (var latency : List.of(730, 810, 905)) {
            assertThat(sendLatency(latency).statusCode()).isEqualTo(200);
        }

        var incident = await().atMost(Duration.ofSeconds(20)).until(this::activeCheckoutIncident, i -> i != null);
        long id = incident.path("id").asLong();
        assertThat(incident.path("severity").asString()).isEqualTo("critical");
        assertThat(incident.path("status").asString()).isEqualTo("triggered");

        // Slack: a card with buttons; Telegram: a card with an inline keyboard; email: an incident mail.
        var slackCard = await().until(() -> slack.calls("chat.postMessage").stream()
                .filter(c -> c.ok() && SLACK_CHANNEL.equals(c.param("channel")) && c.param("blocks") != null
                        && c.param("blocks").contains("a:ACKNOWLEDGE:" + id))
                .findFirst().orElse(null), c -> c != null);
        var slackTs = slackCard.answered("ts");
        var telegramCard = await().until(() -> telegram.requests("sendmessage").stream().filter(r ->
                r.body().path("chat_id").asString().equals(Long.toString(TELEGRAM_CHAT))
                        && r.body().toString().contains("a:RESTART_POD:" + id)).findFirst().orElse(null), r -> r != null);
        int telegramMessageId = telegramCard.response().path("result").path("message_id").asInt();
        await().until(() -> checkoutMails() >= 1);

        // An engineer acknowledges in Slack; the card is edited in place.
        var click = SlackClicks.blockAction("U0ENGINEER", SLACK_CHANNEL, slackTs,
                actionIdOf(slackCard.json("blocks"), "a:ACKNOWLEDGE:" + id), "a:ACKNOWLEDGE:" + id);
        assertThat(api.postForm("/slack/events", click, SlackClicks.signatureHeaders(SLACK_SECRET, click))
                .statusCode()).isEqualTo(200);
        await().until(() -> incident(id).path("status").asString().equals("acknowledged"));
        await().until(() -> slack.calls("chat.update").stream().anyMatch(c -> slackTs.equals(c.param("ts"))));

        // A forged click is refused and changes nothing.
        var forged = SlackClicks.blockAction("U0ENGINEER", SLACK_CHANNEL, slackTs,
                actionIdOf(slackCard.json("blocks"), "a:RESOLVE:" + id), "a:RESOLVE:" + id);
        assertThat(api.postForm("/slack/events", forged, SlackClicks.signatureHeaders("wrong-secret", forged))
                .statusCode()).isEqualTo(401);

        // A stranger in Telegram may not restart pods: a polite refusal, the pod stays.
        var refused = telegram.updates().callbackQuery(TELEGRAM_CHAT, telegramMessageId, TELEGRAM_STRANGER,
                "a:RESTART_POD:" + id);
        telegram.updates().enqueue(refused);
        await().until(() -> telegram.updates().isAnswered(refused));
        assertThat(cluster.pods().inNamespace("shop").withName("checkout-7d9f").get()).isNotNull();

        // The engineer restarts the pod from Telegram: fabric8 deletes it, the outcome is told.
        var restart = telegram.updates().callbackQuery(TELEGRAM_CHAT, telegramMessageId, TELEGRAM_ENGINEER,
                "a:RESTART_POD:" + id);
        telegram.updates().enqueue(restart);
        await().until(() -> cluster.pods().inNamespace("shop").withName("checkout-7d9f").get() == null);
        await().until(() -> timelineKinds(id).contains("remediation_succeeded"));
        await().until(() -> telegram.requests("editmessagetext").stream()
                .anyMatch(r -> r.body().path("message_id").asInt() == telegramMessageId));

        // The metric recovers: the incident resolves, the cards lose their buttons, email gets a follow-up.
        for (var latency : List.of(120, 95, 101)) {
            assertThat(sendLatency(latency).statusCode()).isEqualTo(200);
        }
        await().until(() -> incident(id).path("status").asString().equals("resolved"));
        await().until(() -> slack.calls("chat.update").stream().anyMatch(c -> slackTs.equals(c.param("ts"))
                && !c.param("blocks").contains("a:ACKNOWLEDGE")  && !c.param("blocks").contains("a:RESOLVE")));
        await().until(() -> checkoutMails() >= 2);
        assertThat(activeCheckoutIncident()).isNull();
    }

    @Autowired
    Escalations escalations;

    @Test
    void anIncidentNobodyAnswersClimbsItsPolicyUntilSomeoneAcknowledgesFromTheirDirectMessage() {
        var journey = new EscalationJourney(api, engineer, slack, telegram, escalations, TELEGRAM_CHAT, TELEGRAM_ENGINEER);
        journey.climbsUntilAcknowledgedFromADirectMessage();
        journey.escalateFromTheCardJumpsAStep();
        journey.silenceFromTheCardKeepsTheLikeOfItOutOfChat();
        journey.aPageRefusedBeforeSomeoneStartedTheBotGoesOnceTheyDo();
    }

    @Test
    void aTestIncidentTravelsTheSamePath() {
        var created = api.post("/incidents/test", engineer, "{\"service\":\"payments\",\"severity\":\"warning\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = ApiClient.json(created).path("id").asLong();
        await().until(() -> slack.calls("chat.postMessage").stream()
                .anyMatch(c -> c.param("blocks") != null && c.param("blocks").contains("a:ACKNOWLEDGE:" + id)));
        await().until(() -> telegram.requests("sendmessage").stream()
                .anyMatch(r -> r.body().toString().contains("a:ACKNOWLEDGE:" + id)));
    }

    @Test
    void aScriptRunOverHttpRestartsThePodAndLandsInTheTimeline() {
        cluster.pods().inNamespace("shop").resource(new PodBuilder().withNewMetadata()
                .withName("cart-1").withNamespace("shop").addToLabels("app", "cart").endMetadata().build()).create();
        long id = ApiClient.json(api.post("/incidents/test", engineer, "{\"service\":\"cart\"}")).path("id").asLong();

        var run = api.post("/run-script", engineer, """
                {"incident_id": %d, "script_name": "restart_pod", "parameters": {"namespace": "shop", "pod": "cart-1"}}"""
                .formatted(id));

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(run).path("status").asString()).isEqualTo("succeeded");
        assertThat(cluster.pods().inNamespace("shop").withName("cart-1").get()).isNull();
        assertThat(timelineKinds(id)).contains("remediation_succeeded");
    }

    @Test
    void oncallSaysWhoIsOnCallInTelegramAndInSlack() {
        var chat = -100779L;
        telegram.updates().enqueue(telegram.updates().textMessage(chat, TELEGRAM_STRANGER, "/oncall"));
        var answer = await().until(() -> telegram.requests("sendmessage").stream()
                .filter(r -> r.body().path("chat_id").asLong() == chat).findFirst().orElse(null), r -> r != null);
        assertThat(answer.body().path("text").asString()).startsWith("primary: olga is on call until ");

        var command = "command=%2Foncall&text=&channel_id=C0ONCALL&user_id=U0GUEST&user_name=guest&team_id=T0ALERTIFY"
                + "&response_url=" + java.net.URLEncoder.encode(slack.responseUrl("oncall"),
                        java.nio.charset.StandardCharsets.UTF_8) + "&trigger_id=1.2.4";
        var slackAnswer = api.postForm("/slack/events", command, SlackClicks.signatureHeaders(SLACK_SECRET, command));
        assertThat(slackAnswer.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(slackAnswer).path("response_type").asString()).isEqualTo("in_channel");
        assertThat(ApiClient.json(slackAnswer).path("text").asString()).startsWith("primary: olga is on call until ");
    }

    @Test
    void aStrangerInTheChatCannotReRouteIt() {
        var chat = -100778L;
        telegram.updates().enqueue(telegram.updates().textMessage(chat, TELEGRAM_STRANGER, "/subscribe"));

        var answer = await().until(() -> telegram.requests("sendmessage").stream()
                .filter(r -> r.body().path("chat_id").asLong() == chat).findFirst().orElse(null), r -> r != null);

        assertThat(answer.body().path("text").asString()).startsWith("Only engineers can change where incidents go");
        assertThat(answer.body().path("reply_markup").path("inline_keyboard").isEmpty()).as("no buttons to press").isTrue();
        assertThat(subscriptionOf("telegram", Long.toString(chat), api.token("admin", ADMIN_SECRET))).isNull();
    }

    @Test
    void aTelegramChatSubscribesWithButtons() {
        var chat = -100777L;
        var olga = TELEGRAM_ENGINEER;
        telegram.updates().enqueue(telegram.updates().textMessage(chat, olga, "/subscribe"));
        var question = await().until(() -> telegram.requests("sendmessage").stream()
                .filter(r -> r.body().path("chat_id").asLong() == chat).findFirst().orElse(null), r -> r != null);
        var errorAndAbove = StreamSupport.stream(question.body().path("reply_markup").path("inline_keyboard")
                        .spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .map(button -> button.path("callback_data").asString())
                .filter(data -> data.endsWith(":error"))
                .findFirst().orElseThrow();
        int messageId = question.response().path("result").path("message_id").asInt();

        telegram.updates().enqueue(telegram.updates().callbackQuery(chat, messageId, olga, errorAndAbove));

        var admin = api.token("admin", ADMIN_SECRET);
        await().until(() -> subscriptionOf("telegram", Long.toString(chat), admin) != null);
        assertThat(subscriptionOf("telegram", Long.toString(chat), admin).path("severities").toString())
                .contains("critical", "error").doesNotContain("warning");
    }

    @Test
    void aSlackChannelChoosesItsSeveritiesInADialog() {
        var command = "command=%2Fsettings&text=notify&channel_id=C0DIALOG&user_id=U0ENGINEER&user_name=eng"
                + "&team_id=T0ALERTIFY&response_url=" + java.net.URLEncoder.encode(slack.responseUrl("settings"),
                        java.nio.charset.StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
        assertThat(api.postForm("/slack/events", command, SlackClicks.signatureHeaders(SLACK_SECRET, command))
                .statusCode()).isEqualTo(200);
        var prompt = await().until(() -> slack.calls("chat.postMessage").stream()
                .filter(c -> "C0DIALOG".equals(c.param("channel"))).findFirst().orElse(null), c -> c != null);
        var blocks = prompt.json("blocks");
        var toggleInfo = buttonWithValueEnding(blocks, ":info");
        var save = buttonWithValueEnding(blocks, ":save");

        for (var button : List.of(toggleInfo, save)) {
            // Clicks run after Slack's 3-second ack; like a person, press Save only once the toggle shows.
            int callsBefore = slack.calls().size();
            var click = SlackClicks.blockAction("U0ENGINEER", "C0DIALOG", prompt.answered("ts"),
                    button.path("action_id").asString(), button.path("value").asString());
            assertThat(api.postForm("/slack/events", click, SlackClicks.signatureHeaders(SLACK_SECRET, click))
                    .statusCode()).isEqualTo(200);
            await().until(() -> slack.calls().size() > callsBefore);
        }

        var admin = api.token("admin", ADMIN_SECRET);
        await().until(() -> subscriptionOf("slack", "C0DIALOG", admin) != null);
        assertThat(subscriptionOf("slack", "C0DIALOG", admin).path("severities").toString()).doesNotContain("info");
    }

    private static JsonNode buttonWithValueEnding(JsonNode blocks, String suffix) {
        for (var block : blocks) {
            for (var element : block.path("elements")) {
                if (element.path("value").asString("").endsWith(suffix)) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button ending with " + suffix + " in " + blocks);
    }

    private JsonNode subscriptionOf(String channel, String address, String token) {
        var all = ApiClient.json(api.get("/subscriptions", token));
        return StreamSupport.stream(all.spliterator(), false)
                .filter(s -> channel.equals(s.path("channel").asString()) && address.equals(s.path("address").asString()))
                .findFirst().orElse(null);
    }

    /** The action_id Slack would send back for the button carrying {@code value}, as the card declared it. */
    private static String actionIdOf(JsonNode blocks, String value) {
        for (var block : blocks) {
            for (var element : block.path("elements")) {
                if (value.equals(element.path("value").asString(""))) {
                    return element.path("action_id").asString();
                }
            }
        }
        throw new AssertionError("no button with value " + value + " in " + blocks);
    }

    private java.net.http.HttpResponse<String> sendLatency(int latency) {
        return api.post("/metrics", engineer, """
                {"service_id":"checkout","timestamp":"%s","metrics":{"latency":%d},
                 "labels":{"namespace":"shop","pod":"checkout-7d9f"}}""".formatted(Instant.now(), latency));
    }

    private JsonNode activeCheckoutIncident() {
        var list = ApiClient.json(api.get("/incidents", engineer));
        return StreamSupport.stream(list.spliterator(), false)
                .filter(i -> i.path("service").asString().equals("checkout"))
                .findFirst().orElse(null);
    }

    private JsonNode incident(long id) {
        return ApiClient.json(api.get("/incidents/" + id, engineer));
    }

    private List<String> timelineKinds(long id) {
        return StreamSupport.stream(incident(id).path("timeline").spliterator(), false)
                .map(e -> e.path("kind").asString()).toList();
    }

    /** Other tests of the class send mail too; this one's are about checkout. */
    private static long checkoutMails() throws Exception {
        return subjects().stream().filter(s -> s.contains("checkout")).count();
    }

    private static List<String> subjects() throws Exception {
        var subjects = new java.util.ArrayList<String>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    private static GreenMail startSmtp() {
        var mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return mail;
    }

    static KubernetesMockServer startKubernetes() {
        var server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(List.of()), false);
        server.init();
        return server;
    }
}
