package io.alertify.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake refuses what the real Bot API refuses, so that tests passing against it mean something. */
class FakeTelegramBotApiTest {

    private final FakeTelegramBotApi telegram = new FakeTelegramBotApi();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void refusesAWrongToken() throws Exception {
        assertThat(call("/bot4242424242:AAF-other/sendmessage", "{}"))
                .isEqualTo(json.readTree("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
        assertThat(call("/botnonsense/sendmessage", "{}"))
                .isEqualTo(json.readTree("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"));
    }

    @Test
    void requiresTheFieldsEachMethodNeeds() throws Exception {
        assertThat(description("sendmessage", "{\"text\":\"hi\"}")).isEqualTo("Bad Request: chat_id is empty");
        assertThat(description("sendmessage", "{\"chat_id\":\"-1\"}")).isEqualTo("Bad Request: message text is empty");
        assertThat(description("editmessagetext", "{\"chat_id\":\"-1\",\"text\":\"hi\"}"))
                .isEqualTo("Bad Request: message identifier is not specified");
        assertThat(description("editmessagetext", "{\"chat_id\":\"-1\",\"message_id\":1,\"text\":\"hi\"}"))
                .isEqualTo("Bad Request: message to edit not found");
        assertThat(description("answercallbackquery", "{}")).startsWith("Bad Request: query is too old");
        assertThat(description("nosuchmethod", "{}")).isEqualTo("Not Found");
    }

    @Test
    void parsesHtmlLikeTelegram() throws Exception {
        assertThat(description("sendmessage", "{\"chat_id\":\"-1\",\"parse_mode\":\"HTML\",\"text\":\"a > b\"}"))
                .startsWith("Bad Request: can't parse entities");
        assertThat(description("sendmessage", "{\"chat_id\":\"-1\",\"parse_mode\":\"HTML\",\"text\":\"<b>x</i>\"}"))
                .startsWith("Bad Request: can't parse entities: Unmatched end tag");
        var sent = call("/bot" + FakeTelegramBotApi.TOKEN + "/sendmessage",
                "{\"chat_id\":\"-1\",\"parse_mode\":\"HTML\",\"text\":\"<b>a &gt; b</b>\"}");
        assertThat(sent.path("ok").asBoolean()).isTrue();
        assertThat(sent.path("result").path("text").asString()).isEqualTo("a > b");
        assertThat(sent.path("result").path("chat").path("id").asLong()).isEqualTo(-1);
    }

    @Test
    void refusesCallbackDataOverSixtyFourBytes() throws Exception {
        var button = "{\"text\":\"Go\",\"callback_data\":\"" + "x".repeat(65) + "\"}";
        assertThat(description("sendmessage",
                "{\"chat_id\":\"-1\",\"text\":\"hi\",\"reply_markup\":{\"inline_keyboard\":[[" + button + "]]}}"))
                .isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    }

    @Test
    void servesQueuedUpdatesUntilAnOffsetConfirmsThem() throws Exception {
        var first = telegram.updates().textMessage(-1, new FakeUser(7, "alice", "Alice", "en"), "/help");
        telegram.updates().enqueue(first);
        var id = first.path("update_id").asLong();

        assertThat(call("/bot" + FakeTelegramBotApi.TOKEN + "/getupdates", "{\"offset\":0}").path("result"))
                .hasSize(1);
        assertThat(call("/bot" + FakeTelegramBotApi.TOKEN + "/getupdates", "{\"offset\":" + (id + 1) + "}")
                .path("result")).isEmpty();
        assertThat(telegram.requests("getupdates")).hasSize(2);
    }

    private String description(String method, String body) throws Exception {
        var answer = call("/bot" + FakeTelegramBotApi.TOKEN + "/" + method, body);
        assertThat(answer.path("ok").asBoolean()).isFalse();
        return answer.path("description").asString();
    }

    private JsonNode call(String path, String body) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(telegram.url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        var answer = json.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt());
        return answer;
    }
}
