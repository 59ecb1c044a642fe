package io.alertify.telegram.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.TelegramProperties;
import io.alertify.telegram.client.BotApi;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook mode with a public address: Alertify tells Telegram where to post, as setWebhook expects it. */
class WebhookRegistrationTest {

    private static final String SECRET = "s3cret_from-config";

    private final FakeTelegramBotApi telegram = new FakeTelegramBotApi();
    private final BotApi api = new BotApi(
            new TelegramProperties(true, FakeTelegramBotApi.TOKEN, telegram.url(), null, null, null).telegramUrl(),
            FakeTelegramBotApi.TOKEN);

    @AfterEach
    void stop() {
        api.close();
        telegram.close();
    }

    @Test
    void registersTheEndpointWithTheSecretAndTheUpdatesAlertifyHandles() {
        var registration = new WebhookRegistration(api,
                Optional.of("https://alertify.example.com/telegram/webhook"), SECRET);
        registration.start();
        await().until(registration::registered);
        registration.stop();

        var webhook = telegram.webhook();
        assertThat(webhook.path("url").asString()).isEqualTo("https://alertify.example.com/telegram/webhook");
        assertThat(webhook.path("secret_token").asString()).isEqualTo(SECRET);
        assertThat(webhook.path("allowed_updates").asString()).isEqualTo("[\"message\",\"callback_query\"]");
    }

    @Test
    void aRefusalLeavesTheApplicationRunningAndUnregistered() {
        var registration = new WebhookRegistration(api, Optional.of("https://alertify.example.com:9443/hook"), SECRET);
        registration.start();
        await().until(() -> !telegram.requests("setwebhook").isEmpty());
        registration.stop();

        assertThat(telegram.lastRequest("setwebhook").status()).isEqualTo(400);
        assertThat(registration.registered()).isFalse();
        assertThat(telegram.webhook()).isNull();
    }

    @Test
    void withoutAnAddressItCallsNothing() {
        var registration = new WebhookRegistration(api, Optional.empty(), SECRET);
        registration.start();

        assertThat(registration.isRunning()).isFalse();
        assertThat(telegram.requests()).isEmpty();
    }
}
