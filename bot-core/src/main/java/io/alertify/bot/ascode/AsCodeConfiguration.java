package io.alertify.bot.ascode;

import io.alertify.bot.escalation.PolicyStore;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.routing.RouteStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /config}: the on-call setup exported and applied as one YAML document. */
@Configuration(proxyBeanMethods = false)
public class AsCodeConfiguration {

    @Bean
    ConfigurationController configurationController(PeopleStore people, PolicyStore policies, RouteStore routes,
            PlatformTransactionManager transactions) {
        return new ConfigurationController(people, policies, routes, new TransactionTemplate(transactions));
    }
}
