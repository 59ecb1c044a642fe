package io.alertify.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /settings notify} and the dialog it starts, one message updated in place. */
class SettingsDialogEndpointTest extends SlackEndpointTestSupport {

    private static final String OPS = "C0OPS";

    @Test
    void settingsNotifyPostsTheFirstQuestionWithItsButtonsInTheChannel() throws Exception {
        var response = postSigned(slashCommand(OPS, "/settings", "notify"));

        assertThat(response.statusCode()).isEqualTo(200);
        await().until(() -> !slack.calls("chat.postMessage").isEmpty());
        var post = slack.calls("chat.postMessage").getFirst();
        assertThat(post.ok()).isTrue();
        assertThat(post.param("channel")).isEqualTo(OPS);
        assertThat(post.param("text")).isEqualTo("Which severities should this channel get?");
        assertThat(buttons(post.json("blocks"), "value")).containsExactly(
                "d:conv-1:critical", "d:conv-1:error", "d:conv-1:warning", "d:conv-1:info", "d:conv-1:done");
        assertThat(buttons(post.json("blocks"), "text")).first().isEqualTo("✅ Critical");
        assertThat(conversations.started()).containsExactly(new ScriptedConversations.Started(
                Conversations.NOTIFY_SETTINGS,
                new ConversationKey(new Destination(Channel.SLACK, OPS), new ChatUser(Channel.SLACK, ALICE, "alice")),
                Locale.ENGLISH));
    }

    @Test
    void aDialogButtonReplacesTheQuestionInPlaceUntilTheDialogIsDone() throws Exception {
        var questionTs = startDialog();

        postSigned(buttonClick(OPS, questionTs, "alertify-dialog-1", new DialogAnswer("conv-1", "error").encode()));

        await().until(() -> slack.calls("chat.update").size() == 1);
        var toggled = slack.calls("chat.update").getFirst();
        assertThat(toggled.ok()).isTrue();
        assertThat(toggled.param("channel")).isEqualTo(OPS);
        assertThat(toggled.param("ts")).isEqualTo(questionTs);
        assertThat(buttons(toggled.json("blocks"), "text")).startsWith("✅ Critical", "✅ Error", "Warning");
        assertThat(conversations.answered()).extracting(ScriptedConversations.Answered::user)
                .containsExactly(new ChatUser(Channel.SLACK, ALICE, "alice"));

        postSigned(buttonClick(OPS, questionTs, "alertify-dialog-4", new DialogAnswer("conv-1", "done").encode()));

        await().until(() -> slack.calls("chat.update").size() == 2);
        var finished = slack.calls("chat.update").getLast();
        assertThat(finished.param("ts")).isEqualTo(questionTs);
        assertThat(finished.param("text")).isEqualTo("This channel now gets: critical, error");
        assertThat(types(finished.json("blocks"))).containsExactly("section");
    }

    @Test
    void anythingButNotifyGetsAPrivateUsageHint() throws Exception {
        var response = postSigned(slashCommand(OPS, "/settings", "colours"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"response_type\":\"ephemeral\"")
                .contains("Usage: /settings notify — choose which severities this channel gets");
        assertThat(conversations.started()).isEmpty();
    }

    @Test
    void speaksTheLanguageOfTheChannelsSubscription() throws Exception {
        subscriptions.save(new Subscription(new Destination(Channel.SLACK, "C0RU"), Set.of(Severity.CRITICAL),
                Locale.forLanguageTag("ru")));

        assertThat(postSigned(slashCommand("C0RU", "/settings", "")).body())
                .contains("Использование: /settings notify");

        postSigned(slashCommand("C0RU", "/settings", "notify"));
        await().until(() -> !conversations.started().isEmpty());
        assertThat(conversations.started().getFirst().locale()).isEqualTo(Locale.forLanguageTag("ru"));
    }

    @Test
    void tellsTheUserPrivatelyWhenItCannotPostInTheChannel() throws Exception {
        slack.refuse("C0PRIVATE", "not_in_channel");

        postSigned(slashCommand("C0PRIVATE", "/settings", "notify"));

        await().until(() -> !slack.calls("response_url").isEmpty());
        var answer = slack.calls("response_url").getFirst();
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("text")).contains("not_in_channel").contains("/invite");
    }

    private String startDialog() throws Exception {
        postSigned(slashCommand(OPS, "/settings", "notify"));
        await().until(() -> !slack.calls("chat.postMessage").isEmpty());
        return slack.calls("chat.postMessage").getFirst().answered("ts");
    }

    private static List<String> buttons(JsonNode blocks, String field) {
        var values = new ArrayList<String>();
        for (var block : blocks) {
            for (var element : block.path("elements")) {
                var node = element.path(field);
                values.add(node.isObject() ? node.path("text").asString() : node.asString());
            }
        }
        return values;
    }

    private static List<String> types(JsonNode blocks) {
        var types = new ArrayList<String>();
        blocks.forEach(block -> types.add(block.path("type").asString()));
        return types;
    }
}
