package io.alertify.slack.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.slack.FakeSlackApi;
import io.alertify.bot.api.DeliveryException;
import io.alertify.slack.client.SlackClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SlackNotifierTest {

    private static final String TOKEN = "xoxb-notifier-test-token";
    private static final Destination OPS = new Destination(Channel.SLACK, "C0OPS");

    private final FakeSlackApi fake = FakeSlackApi.start(TOKEN);
    private final Slack slack = sdkFor(fake);
    private final SlackNotifier notifier = notifier(TOKEN);

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    void postsACardWithItsButtonsAndReturnsTheMessageTs() {
        var ref = notifier.post(OPS, Cards.triggered(Locale.ENGLISH));

        var call = fake.calls("chat.postMessage").getFirst();
        assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(call.param("channel")).isEqualTo("C0OPS");
        assertThat(call.param("text")).isEqualTo("[CRITICAL] checkout: latency &gt; 500 for 3 samples");
        var buttons = actionsBlock(call.json("blocks")).path("elements");
        assertThat(texts(buttons, "value")).containsExactly("a:ACKNOWLEDGE:42", "a:RESOLVE:42", "a:RESTART_POD:42");
        assertThat(buttons.get(2).path("style").asString()).isEqualTo("danger");
        assertThat(buttons.get(2).path("confirm").path("text").path("text").asString()).contains("Kubernetes");
        assertThat(ref).isEqualTo(new MessageRef(OPS, call.answered("ts")));
    }

    @Test
    void updatesThePostedMessageByTsAndDropsTheButtonsOnceResolved() {
        var ref = notifier.post(OPS, Cards.triggered(Locale.ENGLISH));

        notifier.update(ref, Cards.resolved());

        var call = fake.calls("chat.update").getFirst();
        assertThat(call.ok()).isTrue();
        assertThat(call.param("channel")).isEqualTo("C0OPS");
        assertThat(call.param("ts")).isEqualTo(ref.messageId());
        assertThat(call.param("text")).startsWith("[RESOLVED]");
        assertThat(types(call.json("blocks"))).containsExactly("header", "section", "context");
    }

    @Test
    void saysPlainTextInTheThreadOfTheCard() {
        var card = notifier.post(OPS, Cards.triggered(Locale.ENGLISH));

        var reply = notifier.say(OPS, "restart_pod succeeded: pod checkout-7d9f deleted", card);

        var call = fake.calls("chat.postMessage").getLast();
        assertThat(call.param("thread_ts")).isEqualTo(card.messageId());
        assertThat(call.param("text")).isEqualTo("restart_pod succeeded: pod checkout-7d9f deleted");
        assertThat(call.param("blocks")).isNull();
        assertThat(reply.messageId()).isNotEqualTo(card.messageId());
    }

    @Test
    void saysAtTopLevelWithoutAMessageToReplyTo() {
        notifier.say(OPS, "Deploy of checkout 1.4.2 finished", null);

        assertThat(fake.calls("chat.postMessage").getFirst().param("thread_ts")).isNull();
    }

    @Test
    void aRevokedTokenBreaksTheDestinationAndTheTokenIsNeverShown() {
        var wrongToken = "xoxb-revoked-token-1234";
        var revoked = notifier(wrongToken);

        assertThatThrownBy(() -> revoked.post(OPS, Cards.triggered(Locale.ENGLISH)))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN))
                .hasMessage("invalid_auth")
                .message().doesNotContain(wrongToken).doesNotContain(TOKEN);
    }

    @Test
    void aPersonIsPagedInTheirDirectMessageOpenedOnceWithConversationsOpen() {
        var anna = new Destination(Channel.SLACK, "U0ANNA");

        var ref = notifier.post(anna, Cards.triggered(Locale.ENGLISH));
        notifier.update(ref, Cards.resolved());
        notifier.say(anna, "Still not acknowledged", ref);

        assertThat(fake.calls("conversations.open")).hasSize(1).first()
                .satisfies(call -> assertThat(call.param("users")).isEqualTo("U0ANNA"));
        assertThat(fake.calls("chat.postMessage")).extracting(call -> call.param("channel"))
                .containsExactly("DU0ANNA", "DU0ANNA");
        assertThat(fake.calls("chat.update").getFirst().param("channel")).isEqualTo("DU0ANNA");
        assertThat(ref.destination()).isEqualTo(anna);
    }

    @Test
    void aPersonWhoseAccountIsDeactivatedBreaksTheirDestination() {
        fake.disableUser("U0GONE");

        assertThatThrownBy(() -> notifier.post(new Destination(Channel.SLACK, "U0GONE"), Cards.triggered(Locale.ENGLISH)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
                    assertThat(e.getMessage()).isEqualTo("user_disabled");
                });
    }

    @Test
    void aChannelTheBotIsNotInBreaksTheDestination() {
        fake.refuse("C0OPS", "not_in_channel");

        assertThatThrownBy(() -> notifier.post(OPS, Cards.triggered(Locale.ENGLISH)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
                    assertThat(e.getMessage()).isEqualTo("not_in_channel");
                });
    }

    @Test
    void aMessageSlackDoesNotKnowIsRefusedNotRetried() {
        var unknown = new MessageRef(OPS, "1700000000.000001");

        assertThatThrownBy(() -> notifier.update(unknown, Cards.resolved()))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.MESSAGE_REFUSED));
    }

    @Test
    void a429CarriesSlacksRetryAfter() {
        fake.rateLimitNext(1, 7);

        assertThatThrownBy(() -> notifier.post(OPS, Cards.triggered(Locale.ENGLISH)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(7));
                });
    }

    @Test
    void a5xxIsWorthAnotherTry() {
        fake.failFor(java.time.Duration.ofSeconds(5), 503);

        assertThatThrownBy(() -> notifier.post(OPS, Cards.triggered(Locale.ENGLISH)))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE));
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsInDoubtAndThePostIsFoundByItsCardKey() {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setHttpClientReadTimeoutMillis(300);
        config.setHttpClientCallTimeoutMillis(300);
        var impatient = new SlackNotifier(new SlackClient(Slack.getInstance(config), TOKEN),
                new CardBlocks(new BundleTexts(Locale.ENGLISH, List.of("i18n/slack"))));
        fake.slowFor(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(1));
        var card = Cards.triggered(Locale.ENGLISH);

        assertThatThrownBy(() -> impatient.post(OPS, card))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.IN_DOUBT));
        fake.reset();

        // The fake's ts clock starts at 2025-11-25; look from a minute before its first message.
        var since = java.time.Instant.ofEpochSecond(1_764_050_340L);
        var found = notifier.findPosted(OPS, card.key(), since);
        assertThat(found).hasValueSatisfying(message -> assertThat(message.messageId())
                .isEqualTo(fake.messagesIn("C0OPS").getFirst().get("ts")));
        assertThat(notifier.findPosted(OPS, "group:999", since)).isEmpty();
    }

    private SlackNotifier notifier(String token) {
        var texts = new BundleTexts(Locale.ENGLISH, List.of("i18n/slack"));
        return new SlackNotifier(new SlackClient(slack, token), new CardBlocks(texts));
    }

    private static Slack sdkFor(FakeSlackApi fake) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return Slack.getInstance(config);
    }

    private static JsonNode actionsBlock(JsonNode blocks) {
        for (var block : blocks) {
            if (block.path("type").asString().equals("actions")) {
                return block;
            }
        }
        throw new AssertionError("no actions block in " + blocks);
    }

    private static List<String> types(JsonNode blocks) {
        return texts(blocks, "type");
    }

    private static List<String> texts(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }
}
