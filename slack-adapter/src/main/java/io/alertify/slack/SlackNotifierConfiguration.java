package io.alertify.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.alertify.bot.api.Texts;
import io.alertify.slack.card.CardBlocks;
import io.alertify.slack.card.SlackNotifier;
import io.alertify.slack.client.SlackClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slack's outbound half, on when {@code alertify.slack.enabled=true}: the Web API client and the
 * {@link SlackNotifier} that bot-core's notifier sends cards through. The {@code notifier} role needs
 * only this; {@link SlackConfiguration} adds the app that takes clicks and commands.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "alertify.slack", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SlackProperties.class)
public class SlackNotifierConfiguration {

    @Bean
    Texts.TextBundle slackTexts() {
        return new Texts.TextBundle("i18n/slack");
    }

    /** A Slack SDK of our own: {@code SlackConfig.DEFAULT} cannot be changed, and tests need another URL. */
    @Bean
    Slack slackSdk(SlackProperties properties) {
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.apiUrl());
        var timeout = (int) properties.timeout().toMillis();
        config.setHttpClientReadTimeoutMillis(timeout);
        config.setHttpClientWriteTimeoutMillis(timeout);
        config.setHttpClientCallTimeoutMillis(timeout);
        return Slack.getInstance(config);
    }

    @Bean
    SlackClient slackClient(Slack slack, SlackProperties properties) {
        return new SlackClient(slack, properties.botToken());
    }

    @Bean
    CardBlocks slackCardBlocks(Texts texts) {
        return new CardBlocks(texts);
    }

    @Bean
    SlackNotifier slackNotifier(SlackClient client, CardBlocks cards) {
        return new SlackNotifier(client, cards);
    }
}
