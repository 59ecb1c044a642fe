package io.alertify.telegram;

import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.notify.TelegramNotifier;
import io.alertify.telegram.polling.TelegramLongPolling;
import io.alertify.telegram.render.CardHtml;
import io.alertify.telegram.updates.TelegramUpdates;
import io.alertify.telegram.webhook.TelegramWebhookController;
import io.alertify.telegram.webhook.TelegramWebhookErrors;
import io.alertify.telegram.webhook.WebhookRegistration;
import io.alertify.telegram.webhook.WebhookSecret;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram adapter, on when {@code alertify.telegram.enabled=true}: a {@link TelegramNotifier} for
 * bot-core, and one {@link TelegramUpdates} handler fed either by long polling
 * ({@code alertify.telegram.mode=polling}, the default) or by the webhook at
 * {@value TelegramWebhookController#PATH} ({@code mode=webhook}, checked against
 * {@code alertify.telegram.webhook-secret}).
 *
 * <p>Needs from other modules: {@link IncidentCommands}, {@link Subscriptions} and {@link Texts}
 * (bot-core) and {@link Conversations} (conversations).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "alertify.telegram", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramConfiguration {

    @Bean
    Texts.TextBundle telegramTexts() {
        return new Texts.TextBundle("i18n/telegram");
    }

    @Bean
    BotApi telegramBotApi(TelegramProperties properties) {
        return new BotApi(properties.telegramUrl(), properties.botToken());
    }

    @Bean
    TelegramNotifier telegramNotifier(BotApi telegramBotApi, Texts texts) {
        return new TelegramNotifier(telegramBotApi, new CardHtml(texts));
    }

    @Bean
    TelegramUpdates telegramUpdates(BotApi telegramBotApi, IncidentCommands commands, Conversations conversations,
            Subscriptions subscriptions, Texts texts) {
        return new TelegramUpdates(telegramBotApi, commands, conversations, subscriptions, texts);
    }

    @Bean
    @ConditionalOnProperty(prefix = "alertify.telegram", name = "mode", havingValue = "polling", matchIfMissing = true)
    TelegramLongPolling telegramLongPolling(TelegramProperties properties, TelegramUpdates telegramUpdates) {
        return new TelegramLongPolling(properties.botToken(), properties.telegramUrl(), telegramUpdates);
    }

    @Bean
    @ConditionalOnProperty(prefix = "alertify.telegram", name = "mode", havingValue = "webhook")
    TelegramWebhookController telegramWebhookController(TelegramProperties properties,
            TelegramUpdates telegramUpdates) {
        return new TelegramWebhookController(new WebhookSecret(properties.webhookSecret()), telegramUpdates);
    }

    @Bean
    @ConditionalOnProperty(prefix = "alertify.telegram", name = "mode", havingValue = "webhook")
    WebhookRegistration telegramWebhookRegistration(TelegramProperties properties, BotApi telegramBotApi) {
        return new WebhookRegistration(telegramBotApi, properties.webhookEndpoint(), properties.webhookSecret());
    }

    @Bean
    @ConditionalOnProperty(prefix = "alertify.telegram", name = "mode", havingValue = "webhook")
    TelegramWebhookErrors telegramWebhookErrors() {
        return new TelegramWebhookErrors();
    }
}
