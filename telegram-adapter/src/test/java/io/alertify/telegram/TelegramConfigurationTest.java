package io.alertify.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Notifier;
import io.alertify.bot.api.Texts;
import io.alertify.telegram.notify.TelegramNotifier;
import io.alertify.telegram.polling.TelegramLongPolling;
import io.alertify.telegram.webhook.TelegramWebhookController;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Which beans appear for which settings, and that wrong settings stop the application with a message
 * that names the key. Nothing here talks to Telegram: the URL points at a closed port.
 */
class TelegramConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(TelegramTestPorts.class, TelegramConfiguration.class)
            .withPropertyValues("alertify.telegram.api-url=http://127.0.0.1:1");

    @Test
    void staysOffUnlessEnabled() {
        app.withPropertyValues("alertify.telegram.bot-token=123:abc").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(TelegramNotifier.class);
            assertThat(context).doesNotHaveBean(TelegramLongPolling.class);
            assertThat(context).doesNotHaveBean(Texts.TextBundle.class);
        });
    }

    @Test
    void pollsByDefault() {
        app.withPropertyValues("alertify.telegram.enabled=true", "alertify.telegram.bot-token=123:abc").run(context -> {
            assertThat(context).hasSingleBean(TelegramLongPolling.class);
            assertThat(context).doesNotHaveBean(TelegramWebhookController.class);
            assertThat(context.getBean(Notifier.class)).isInstanceOf(TelegramNotifier.class);
            assertThat(context.getBean(Texts.TextBundle.class)).isEqualTo(new Texts.TextBundle("i18n/telegram"));
        });
    }

    @Test
    void servesTheWebhookInWebhookMode() {
        app.withPropertyValues("alertify.telegram.enabled=true", "alertify.telegram.bot-token=123:abc",
                "alertify.telegram.mode=webhook", "alertify.telegram.webhook-secret=abc").run(context -> {
            assertThat(context).hasSingleBean(TelegramWebhookController.class);
            assertThat(context).doesNotHaveBean(TelegramLongPolling.class);
        });
    }

    @Test
    void failsFastWithoutAToken() {
        app.withPropertyValues("alertify.telegram.enabled=true").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageStartingWith("alertify.telegram.bot-token is missing"));
    }

    @Test
    void failsFastInWebhookModeWithoutASecret() {
        app.withPropertyValues("alertify.telegram.enabled=true", "alertify.telegram.bot-token=123:abc",
                "alertify.telegram.mode=webhook").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageStartingWith("alertify.telegram.webhook-secret is missing"));
    }
}
