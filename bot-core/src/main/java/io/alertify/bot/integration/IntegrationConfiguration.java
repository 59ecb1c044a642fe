package io.alertify.bot.integration;

import io.alertify.bot.BotProperties;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.incident.IncidentService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Integrations: their store, the senders' endpoints, the admin API, and those of the configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationProperties.class)
public class IntegrationConfiguration {

    @Bean
    IntegrationStore integrationStore(DataSource database, PlatformTransactionManager transactions, JsonMapper json) {
        return new IntegrationStore(JdbcClient.create(database), new TransactionTemplate(transactions), json);
    }

    @Bean
    IntegrationEndpoints integrationEndpoints(IntegrationStore integrations, IncidentEventIntake intake,
            IncidentService incidents, JsonMapper json, Clock clock) {
        return new IntegrationEndpoints(integrations, new IntegrationIntake(intake, incidents, json), json, clock);
    }

    @Bean
    IntegrationController integrationController(IntegrationStore integrations, BotProperties properties) {
        return new IntegrationController(integrations, properties.publicUrl());
    }

    /** A wrong integration in the file stops the start, naming it. */
    @Bean
    SmartInitializingSingleton integrationsFromConfiguration(IntegrationProperties properties,
            IntegrationStore integrations) {
        return () -> {
            for (int i = 0; i < properties.integrations().size(); i++) {
                try {
                    integrations.put(properties.integrations().get(i));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("alertify.integrations[" + i + "]: " + e.getMessage(), e);
                }
            }
        };
    }
}
