package io.alertify.telegram;

import io.alertify.bot.api.ChatRequests;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.TextCommands;
import io.alertify.telegram.render.CardHtml;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.polling.TelegramLongPolling;
import io.alertify.telegram.updates.TelegramUpdates;
import io.alertify.telegram.webhook.TelegramWebhookController;
import io.alertify.telegram.webhook.TelegramWebhookErrors;
import io.alertify.telegram.webhook.WebhookRegistration;
import io.alertify.telegram.webhook.WebhookSecret;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Telegram adapter, on when {@code alertify.telegram.enabled=true}: a {@code TelegramNotifier} ({@link TelegramNotifierConfiguration}) for
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
@Import(TelegramNotifierConfiguration.class)
public class TelegramConfiguration {

    @Bean
    TelegramUpdates telegramUpdates(BotApi telegramBotApi, IncidentCommands commands, Conversations conversations,
            Subscriptions subscriptions, Texts texts, ChatRequests requests, TelegramProperties properties,
            ObjectProvider<TextCommands> textCommands, ObjectProvider<io.alertify.bot.api.ChatContacts> contacts) {
        // bot-core's commands where the bot role runs; elsewhere (adapter tests) every command gets help
        TextCommands onlyHelp = (name, args, actor, origin, locale) -> TextCommands.Reply.say(texts.get(locale,
                "telegram.help"));
        return new TelegramUpdates(telegramBotApi, commands, conversations, subscriptions, texts, requests,
                properties.botToken(), telegramRemediations(), textCommands.getIfAvailable(() -> onlyHelp),
                new CardHtml(texts), contacts.getIfAvailable(io.alertify.bot.api.ChatContacts::none));
    }

    /** Restart Pod presses run here, not on the thread that takes every other update. */
    private static java.util.concurrent.ExecutorService telegramRemediations() {
        return java.util.concurrent.Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("telegram-remediation-", 1).factory());
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
