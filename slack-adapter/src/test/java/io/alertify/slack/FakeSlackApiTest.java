package io.alertify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake refuses what Slack refuses, so tests against it catch requests Slack would reject. */
class FakeSlackApiTest {

    private static final String TOKEN = "xoxb-fake-test-token";

    private final FakeSlackApi slack = FakeSlackApi.start(TOKEN);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void refusesRequestsWithoutOrWithAWrongBotToken() throws Exception {
        assertThat(form("chat.postMessage", null, "channel=C1&text=hi").path("error").asString()).isEqualTo("not_authed");
        assertThat(form("chat.postMessage", "xoxb-other", "channel=C1&text=hi").path("error").asString())
                .isEqualTo("invalid_auth");
        assertThat(slack.calls("chat.postMessage")).extracting(FakeSlackApi.Call::ok).containsExactly(false, false);
    }

    @Test
    void requiresAChannelAndATextOrBlocks() throws Exception {
        assertThat(form("chat.postMessage", TOKEN, "text=hi").path("error").asString()).isEqualTo("channel_not_found");
        assertThat(form("chat.postMessage", TOKEN, "channel=C1").path("error").asString()).isEqualTo("no_text");
        assertThat(form("chat.postMessage", TOKEN, "channel=C1&blocks=%5B%5D").path("ok").asBoolean()).isTrue();
    }

    @Test
    void updatesOnlyMessagesItPosted() throws Exception {
        var ts = form("chat.postMessage", TOKEN, "channel=C1&text=first").path("ts").asString();

        assertThat(form("chat.update", TOKEN, "channel=C1&text=second").path("error").asString())
                .isEqualTo("message_not_found");
        assertThat(form("chat.update", TOKEN, "channel=C2&ts=" + ts + "&text=second").path("error").asString())
                .isEqualTo("message_not_found");
        assertThat(form("chat.update", TOKEN, "channel=C1&ts=" + ts + "&text=second").path("ok").asBoolean()).isTrue();
    }

    @Test
    void takesJsonBodiesAsWellAsForms() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(slack.apiUrl() + "chat.postEphemeral"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"psst\"}"))
                .build();

        var answer = JsonMapper.builder().build().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(slack.calls("chat.postEphemeral").getFirst().param("user")).isEqualTo("U1");
    }

    private JsonNode form(String method, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
