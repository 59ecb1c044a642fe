package io.alertify.bot.routing;

import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Subscriptions (configured and saved), routes, the router, and their APIs. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    @Bean
    Subscriptions subscriptions(SavedSubscriptionRepository saved, RoutingProperties properties, Texts texts) {
        return new StoredSubscriptions(saved, properties, texts.defaultLocale());
    }

    @Bean
    RouteStore routeStore(DataSource database, PlatformTransactionManager transactions, JsonMapper json) {
        return new RouteStore(JdbcClient.create(database), new TransactionTemplate(transactions), json);
    }

    @Bean
    Router router(Subscriptions subscriptions, RouteStore routes) {
        return new Router(subscriptions, routes::all);
    }

    @Bean
    SubscriptionController subscriptionController(Subscriptions subscriptions, Texts texts) {
        return new SubscriptionController(subscriptions, texts.defaultLocale());
    }

    @Bean
    RouteController routeController(RouteStore routes) {
        return new RouteController(routes);
    }

    /** A wrong route in the file stops the start, naming it. */
    @Bean
    SmartInitializingSingleton routesFromConfiguration(RoutingProperties properties, RouteStore routes) {
        return () -> {
            if (!properties.routes().isEmpty()) {
                try {
                    routes.replace(properties.routes());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("alertify.routing." + e.getMessage(), e);
                }
            }
        };
    }
}
