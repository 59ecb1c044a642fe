package io.alertify.telegram.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.Action;
import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.FakeUser;
import io.alertify.telegram.RecordingIncidentCommands;
import io.alertify.telegram.TelegramConfiguration;
import io.alertify.telegram.TelegramTestPorts;
import io.alertify.telegram.polling.TelegramLongPolling;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Webhook mode: Telegram posts updates to /telegram/webhook with the secret header. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TelegramWebhookControllerTest.WebhookApp.class,
        properties = {
                "alertify.telegram.enabled=true",
                "alertify.telegram.bot-token=" + FakeTelegramBotApi.TOKEN,
                "alertify.telegram.mode=webhook",
                "alertify.telegram.webhook-secret=" + TelegramWebhookControllerTest.SECRET,
                "spring.flyway.enabled=false"
        })
class TelegramWebhookControllerTest {

    static final String SECRET = "s3cret_from-setWebhook";
    private static final long CHAT = -1001234;
    private static final FakeTelegramBotApi telegram = new FakeTelegramBotApi();

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({TelegramTestPorts.class, TelegramConfiguration.class})
    static class WebhookApp {
    }

    @DynamicPropertySource
    static void telegramApi(DynamicPropertyRegistry registry) {
        registry.add("alertify.telegram.api-url", telegram::url);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    RecordingIncidentCommands commands;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void reset() {
        commands.reset();
    }

    @Test
    void handlesAnUpdateThatCarriesTheSecret() throws Exception {
        var press = press();

        var response = post(press.toString(), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(commands.received()).singleElement()
                .satisfies(command -> assertThat(command.action()).isEqualTo(Action.RESOLVE));
        await().until(() -> telegram.updates().isAnswered(press));
    }

    @Test
    void anUpdateTelegramDeliversTwiceIsHandledOnce() throws Exception {
        var press = press();

        assertThat(post(press.toString(), SECRET).statusCode()).isEqualTo(200);
        assertThat(post(press.toString(), SECRET).statusCode()).as("acknowledged, so Telegram stops resending")
                .isEqualTo(200);

        assertThat(commands.received()).hasSize(1);
    }

    @Test
    void refusesAnUpdateWithoutTheSecret() throws Exception {
        var press = press();

        var response = post(press.toString(), null);

        assertUnauthorized(response);
        assertThat(commands.received()).isEmpty();
        assertThat(telegram.updates().isAnswered(press)).isFalse();
    }

    @Test
    void refusesAnUpdateWithAWrongSecret() throws Exception {
        var press = press();

        var response = post(press.toString(), SECRET + "x");

        assertUnauthorized(response);
        assertThat(commands.received()).isEmpty();
        assertThat(telegram.updates().isAnswered(press)).isFalse();
    }

    @Test
    void rejectsABodyThatIsNoUpdate() throws Exception {
        var response = post("{\"message\": \"not an update\"", SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body(response).path("title").asString()).isEqualTo("Invalid request");
        assertThat(commands.received()).isEmpty();
    }

    @Test
    void doesNotPollInWebhookMode() {
        assertThat(context.getBeanProvider(TelegramLongPolling.class).getIfAvailable()).isNull();
        assertThat(telegram.requests("getupdates")).isEmpty();
        assertThat(telegram.requests("deletewebhook")).isEmpty();
    }

    private ObjectNode press() {
        var card = telegram.chats().existing(CHAT, "🔴 [CRITICAL] checkout");
        return telegram.updates().callbackQuery(CHAT, card.messageId(), new FakeUser(7, "alice", "Alice", "en"),
                "a:RESOLVE:42");
    }

    private void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = body(response);
        assertThat(problem.path("title").asString()).isEqualTo("Unauthorized");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asString()).contains("X-Telegram-Bot-Api-Secret-Token");
        assertThat(response.body()).doesNotContain(SECRET);
    }

    private HttpResponse<String> post(String body, String secret) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
