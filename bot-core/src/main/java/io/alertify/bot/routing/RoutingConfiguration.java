package io.alertify.bot.routing;

import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Subscriptions (configured and saved), the router, and the settings API. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    @Bean
    Subscriptions subscriptions(SavedSubscriptionRepository saved, RoutingProperties properties, Texts texts) {
        return new StoredSubscriptions(saved, properties, texts.defaultLocale());
    }

    @Bean
    Router router(Subscriptions subscriptions) {
        return new Router(subscriptions);
    }

    @Bean
    SubscriptionController subscriptionController(Subscriptions subscriptions, Texts texts) {
        return new SubscriptionController(subscriptions, texts.defaultLocale());
    }
}
