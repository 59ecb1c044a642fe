package io.alertify.telegram;

import io.alertify.bot.api.Texts;
import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.notify.TelegramNotifier;
import io.alertify.telegram.render.CardHtml;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Telegram's outbound half, on when {@code alertify.telegram.enabled=true}: the Bot API client and the
 * {@link TelegramNotifier} that bot-core's notifier sends cards through. The {@code notifier} role needs
 * only this; {@link TelegramConfiguration} adds polling or the webhook.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "alertify.telegram", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramNotifierConfiguration {

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
}
