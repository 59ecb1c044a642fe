package io.alertify.conversations;

import io.alertify.bot.api.Escalation;
import io.alertify.bot.api.Silencing;
import io.alertify.conversations.silence.SilenceDialog;
import io.alertify.conversations.escalate.EscalateDialog;

import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.engine.ConversationEngine;
import io.alertify.conversations.engine.ConversationRepository;
import io.alertify.conversations.engine.Dialog;
import io.alertify.conversations.settings.NotifySettingsDialog;
import io.alertify.conversations.subscribe.SubscribeDialog;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The dialog engine and its dialogs. Needs a {@link Subscriptions} and a {@link Texts} bean (both from
 * bot-core), a DataSource and Flyway (the {@code conversations} table comes with this module's
 * migration).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = ConversationRepository.class)
@EntityScan(basePackageClasses = ConversationRepository.class)
@EnableConfigurationProperties(ConversationsProperties.class)
public class ConversationsConfiguration {

    @Bean
    Texts.TextBundle conversationsTexts() {
        return new Texts.TextBundle("i18n/conversations");
    }

    @Bean
    SubscribeDialog subscribeDialog(Subscriptions subscriptions, Texts texts) {
        return new SubscribeDialog(subscriptions, texts);
    }

    @Bean
    NotifySettingsDialog notifySettingsDialog(Subscriptions subscriptions, Texts texts) {
        return new NotifySettingsDialog(subscriptions, texts);
    }

    /** bot-core's escalation, where it runs (the bot role); without it the picker says so and closes. */
    @Bean
    EscalateDialog escalateDialog(ObjectProvider<Escalation> escalation, Texts texts) {
        return new EscalateDialog(escalation::getIfAvailable, texts);
    }

    @Bean
    SilenceDialog silenceDialog(ObjectProvider<Silencing> silencing, Texts texts) {
        return new SilenceDialog(silencing::getIfAvailable, texts);
    }

    @Bean
    Conversations conversations(ConversationRepository repository, List<Dialog> dialogs, ChatRoles roles, Texts texts,
            ConversationsProperties properties, ObjectProvider<Clock> clock) {
        // the application's clock (bot-core provides one), so tests that fix time fix dialog expiry too
        return new ConversationEngine(repository, dialogs, roles, texts, clock.getIfAvailable(Clock::systemUTC),
                properties.expireAfter(),
                properties.keepFor());
    }
}
