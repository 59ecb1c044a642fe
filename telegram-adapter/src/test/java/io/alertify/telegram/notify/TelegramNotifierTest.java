package io.alertify.telegram.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.TelegramProperties;
import io.alertify.telegram.TestCards;
import io.alertify.telegram.client.BotApi;
import io.alertify.bot.api.DeliveryException;
import io.alertify.telegram.render.CardHtml;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramNotifierTest {

    private static final Destination ONCALL = new Destination(Channel.TELEGRAM, "-1001234");

    private final FakeTelegramBotApi telegram = new FakeTelegramBotApi();
    private final BotApi api = new BotApi(urlOf(telegram), FakeTelegramBotApi.TOKEN);
    private final TelegramNotifier notifier = notifier(api);

    @AfterEach
    void stop() {
        api.close();
        telegram.close();
    }

    @Test
    void postsACardAsHtmlWithOneButtonPerAction() {
        var ref = notifier.post(ONCALL, TestCards.triggered());

        var request = telegram.lastRequest("sendmessage");
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.body().path("chat_id").asString()).isEqualTo("-1001234");
        assertThat(request.body().path("parse_mode").asString()).isEqualToIgnoringCase("HTML");
        assertThat(request.body().path("text").asString())
                .contains("<b>[CRITICAL] checkout: latency &gt; 500 for 3 samples</b>")
                .contains("checkout &lt;shop&gt;");
        var posted = telegram.chats().message(-1001234, Integer.parseInt(ref.messageId())).orElseThrow();
        assertThat(posted.callbackData()).containsExactly("a:ACKNOWLEDGE:42", "a:RESOLVE:42", "a:RESTART_POD:42");
        assertThat(posted.visibleText()).contains("latency > 500", "latency ▁▃█ 730 & rising");
        assertThat(ref).isEqualTo(new MessageRef(ONCALL, String.valueOf(posted.messageId())));
    }

    @Test
    void updatesTheCardInPlaceAndDropsTheKeyboardOnceResolved() {
        var ref = notifier.post(ONCALL, TestCards.triggered());

        notifier.update(ref, TestCards.acknowledged());
        var acknowledged = telegram.chats().message(-1001234, Integer.parseInt(ref.messageId())).orElseThrow();
        assertThat(acknowledged.visibleText()).contains("Acknowledged by alice");
        assertThat(acknowledged.callbackData()).containsExactly("a:RESOLVE:42", "a:RESTART_POD:42");

        notifier.update(ref, TestCards.resolved());
        var resolved = telegram.chats().message(-1001234, Integer.parseInt(ref.messageId())).orElseThrow();
        assertThat(resolved.visibleText()).startsWith("✅").contains("Resolved by alice");
        assertThat(resolved.keyboard()).isNull();
        assertThat(telegram.lastRequest("editmessagetext").body().has("reply_markup")).isFalse();
    }

    @Test
    void treatsMessageIsNotModifiedAsSuccess() {
        var ref = notifier.post(ONCALL, TestCards.triggered());
        notifier.update(ref, TestCards.acknowledged());

        notifier.update(ref, TestCards.acknowledged());

        var second = telegram.requests("editmessagetext").getLast();
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.response().path("description").asString()).contains("message is not modified");
    }

    @Test
    void saysPlainTextInReplyToTheCard() {
        var card = notifier.post(ONCALL, TestCards.triggered());

        var said = notifier.say(ONCALL, "restart_pod finished: <pod> checkout-7d9f deleted & recreated", card);

        var request = telegram.lastRequest("sendmessage");
        assertThat(request.body().has("parse_mode")).isFalse();
        assertThat(request.body().path("reply_parameters").path("message_id").asString()).isEqualTo(card.messageId());
        assertThat(request.response().path("result").path("reply_to_message").path("message_id").asString())
                .isEqualTo(card.messageId());
        assertThat(telegram.chats().message(-1001234, Integer.parseInt(said.messageId())).orElseThrow().text())
                .isEqualTo("restart_pod finished: <pod> checkout-7d9f deleted & recreated");
    }

    @Test
    void saysWithoutReplyWhenThereIsNothingToReplyTo() {
        notifier.say(ONCALL, "hello", null);

        assertThat(telegram.lastRequest("sendmessage").body().has("reply_parameters")).isFalse();
    }

    @Test
    void failsWithTelegramsReasonButNeverTheToken() {
        var wrongToken = "4242424242:AAF-not_the_right_token";
        try (var wrongApi = new BotApi(urlOf(telegram), wrongToken)) {
            assertThatThrownBy(() -> notifier(wrongApi).post(ONCALL, TestCards.triggered()))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
                        assertThat(e).hasMessage("401 Unauthorized");
                    });
        }
    }

    @Test
    void keepsTheTokenOutOfConnectionFailures() {
        var unreachable = new TelegramUrl("http", "127.0.0.1", 1, false);
        try (var deadApi = new BotApi(unreachable, FakeTelegramBotApi.TOKEN)) {
            assertThatThrownBy(() -> notifier(deadApi).say(ONCALL, "hello", null))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.kind()).as("nothing reached Telegram").isEqualTo(DeliveryException.Kind.RETRYABLE);
                        assertThat(e.getMessage()).startsWith("Telegram sendmessage failed: ");
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(String.valueOf(t.getMessage())).doesNotContain(FakeTelegramBotApi.TOKEN);
                        }
                    });
        }
    }

    @Test
    void reportsTelegramRefusingAnEditOfAMessageThatIsGone() {
        assertThatThrownBy(() -> notifier.update(new MessageRef(ONCALL, "999999"), TestCards.resolved()))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.MESSAGE_REFUSED))
                .hasMessage("400 Bad Request: message to edit not found");
    }

    @Test
    void aUserWhoBlockedTheBotBreaksOnlyTheirChat() {
        telegram.blockedBy(Long.parseLong(ONCALL.address()));

        assertThatThrownBy(() -> notifier.post(ONCALL, TestCards.triggered()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
                    assertThat(e).hasMessage("403 Forbidden: bot was blocked by the user");
                });
    }

    @Test
    void aPersonIsPagedInTheirPrivateChatOnlyOnceTheyHaveStartedTheBot() {
        var olga = new Destination(io.alertify.bot.api.Channel.TELEGRAM, "111");

        assertThatThrownBy(() -> notifier.post(olga, TestCards.triggered()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
                    assertThat(e).hasMessageContaining("bot can't initiate conversation");
                });

        telegram.chats().started(111);
        assertThat(notifier.post(olga, TestCards.triggered()).destination()).isEqualTo(olga);
    }

    @Test
    void floodControlOfAGroupCarriesRetryAfter() {
        for (int i = 0; i < 20; i++) {
            notifier.say(ONCALL, "burst " + i, null);
        }

        assertThatThrownBy(() -> notifier.say(ONCALL, "the 21st in a minute", null))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isBetween(java.time.Duration.ofSeconds(55), java.time.Duration.ofSeconds(60));
                });
    }

    @Test
    void aGroupThatBecameASupergroupIsFollowed() {
        telegram.upgradeToSupergroup(Long.parseLong(ONCALL.address()), -1009876543210L);

        assertThatThrownBy(() -> notifier.post(ONCALL, TestCards.triggered()))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.MOVED);
                    assertThat(e.movedTo()).isEqualTo("-1009876543210");
                });
    }

    private static TelegramNotifier notifier(BotApi api) {
        return new TelegramNotifier(api, new CardHtml(new BundleTexts(Locale.ENGLISH, List.of("i18n/telegram"))));
    }

    private static TelegramUrl urlOf(FakeTelegramBotApi telegram) {
        return new TelegramProperties(true, FakeTelegramBotApi.TOKEN, telegram.url(), null, null, null).telegramUrl();
    }
}
