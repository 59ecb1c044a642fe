package io.alertify.bot;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.Texts;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.card.GroupCardRenderer;
import io.alertify.bot.card.Links;
import io.alertify.bot.card.SummaryCardRenderer;
import io.alertify.bot.chat.ChatProperties;
import io.alertify.bot.chat.ConfiguredChatRoles;
import io.alertify.bot.delivery.DeliveryConfiguration;
import io.alertify.bot.delivery.DeliveryProperties;
import io.alertify.bot.incident.IncidentConfiguration;
import io.alertify.bot.intake.EventsProperties;
import io.alertify.bot.people.PeopleConfiguration;
import io.alertify.bot.people.PeopleRoles;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.routing.RoutingConfiguration;
import io.alertify.bot.routing.RoutingProperties;
import io.alertify.bot.web.BotCoreProblems;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the bot and the notifier share: incidents, routing, cards, texts, and the planning of
 * deliveries. {@link BotCoreConfiguration} adds the intake and chat commands on top;
 * {@code delivery.NotifierConfiguration} adds the sending.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BotProperties.class, RoutingProperties.class, ChatProperties.class,
        EventsProperties.class, DeliveryProperties.class})
@EnableJpaRepositories(basePackageClasses = BotCoreConfiguration.class)
@EntityScan(basePackageClasses = BotCoreConfiguration.class)
@Import({IncidentConfiguration.class, RoutingConfiguration.class, DeliveryConfiguration.class, PeopleConfiguration.class,
        BotCoreProblems.class})
public class BotCoreBaseConfiguration {

    @Bean
    Texts.TextBundle botTexts() {
        return new Texts.TextBundle("i18n/bot");
    }

    /** Every module's texts behind one lookup; keys are prefixed with the module, so order does not matter. */
    @Bean
    Texts texts(BotProperties properties, List<Texts.TextBundle> bundles) {
        return new BundleTexts(properties.locale(), bundles.stream().map(Texts.TextBundle::basename).toList());
    }

    /** Yields to a Clock defined anywhere else (tests fix time with one). */
    @Bean
    @Fallback
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ChatRoles chatRoles(PeopleStore people, ChatProperties properties) {
        return new PeopleRoles(people, new ConfiguredChatRoles(properties));
    }

    @Bean
    Links links(BotProperties properties) {
        return new Links(properties.publicUrl());
    }

    @Bean
    CardRenderer cardRenderer(Texts texts, JsonMapper json, Links links) {
        return new CardRenderer(texts, json, links);
    }

    @Bean
    GroupCardRenderer groupCardRenderer(Texts texts, Links links) {
        return new GroupCardRenderer(texts, links);
    }

    @Bean
    SummaryCardRenderer summaryCardRenderer(Texts texts, Links links) {
        return new SummaryCardRenderer(texts, links);
    }
}
