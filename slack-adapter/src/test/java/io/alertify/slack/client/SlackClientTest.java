package io.alertify.slack.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.alertify.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;

class SlackClientTest {

    private static final String TOKEN = "xoxb-client-test-token";

    @Test
    void namesSlacksErrorCode() throws Exception {
        try (var fake = FakeSlackApi.start(TOKEN); var slack = sdk(fake.apiUrl())) {
            fake.refuse("C0ARCHIVED", "is_archived");
            var client = new SlackClient(slack, TOKEN);

            assertThatThrownBy(() -> client.postMessage("C0ARCHIVED", SlackMessage.text("hello"), null))
                    .isInstanceOfSatisfying(SlackCallException.class, e -> {
                        assertThat(e.method()).isEqualTo("chat.postMessage");
                        assertThat(e.error()).isEqualTo("is_archived");
                    })
                    .hasMessage("Slack chat.postMessage failed: is_archived");
        }
    }

    @Test
    void reportsANetworkFailureWithoutTheToken() throws Exception {
        String unreachable;
        try (var fake = FakeSlackApi.start(TOKEN)) {
            unreachable = fake.apiUrl();
        }
        try (var slack = sdk(unreachable)) {
            var client = new SlackClient(slack, TOKEN);

            assertThatThrownBy(() -> client.postEphemeral("C0OPS", "U0ALICE", "hello"))
                    .isInstanceOf(SlackCallException.class)
                    .hasMessageStartingWith("Slack chat.postEphemeral failed: io_error")
                    .message().doesNotContain(TOKEN);
        }
    }

    private static Slack sdk(String apiUrl) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        return Slack.getInstance(config);
    }
}
