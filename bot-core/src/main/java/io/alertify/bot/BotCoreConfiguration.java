package io.alertify.bot;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.Texts;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.chat.ChatProperties;
import io.alertify.bot.chat.ConfiguredChatRoles;
import io.alertify.bot.command.CommandConfiguration;
import io.alertify.bot.dispatch.DispatchConfiguration;
import io.alertify.bot.dispatch.DispatchProperties;
import io.alertify.bot.incident.IncidentConfiguration;
import io.alertify.bot.intake.EventsProperties;
import io.alertify.bot.intake.IntakeConfiguration;
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
 * bot-core, imported by deploy: incidents, the intake of incident events, routing, cards, dispatch to
 * the {@code Notifier} beans of the chat adapters, chat commands, and the HTTP API. Every bean is
 * declared explicitly in the configuration of its package; nothing is scanned.
 *
 * <p>Deploy may provide a {@code Remediator} (Restart Pod is refused politely without one), any number
 * of {@code Notifier} beans (one per channel), and its own {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BotProperties.class, RoutingProperties.class, ChatProperties.class,
        EventsProperties.class, DispatchProperties.class})
@EnableJpaRepositories(basePackageClasses = BotCoreConfiguration.class)
@EntityScan(basePackageClasses = BotCoreConfiguration.class)
@Import({IncidentConfiguration.class, IntakeConfiguration.class, RoutingConfiguration.class,
        DispatchConfiguration.class, CommandConfiguration.class, BotCoreProblems.class})
public class BotCoreConfiguration {

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
    ChatRoles chatRoles(ChatProperties properties) {
        return new ConfiguredChatRoles(properties);
    }

    @Bean
    CardRenderer cardRenderer(Texts texts, JsonMapper json) {
        return new CardRenderer(texts, json);
    }
}
