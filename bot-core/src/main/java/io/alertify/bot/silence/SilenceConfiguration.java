package io.alertify.bot.silence;

import io.alertify.bot.delivery.DeliveryPlanner;
import io.alertify.bot.incident.IncidentService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Silences, inhibition rules and {@code /silences}; their ends are run by the escalation scheduler's tick. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SilenceProperties.class)
public class SilenceConfiguration {

    @Bean
    Silences silences(DataSource database, JsonMapper json, IncidentService incidents, DeliveryPlanner planner,
            SilenceProperties properties, PlatformTransactionManager transactions, Clock clock) {
        for (int i = 0; i < properties.inhibit().size(); i++) {
            try {
                properties.inhibit().get(i).sourceMatchers();
                properties.inhibit().get(i).targetMatchers();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("alertify.silences.inhibit[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new Silences(new SilenceStore(JdbcClient.create(database), json), incidents, planner,
                properties.inhibit(), new TransactionTemplate(transactions), clock);
    }

    @Bean
    SilenceController silenceController(Silences silences, Clock clock) {
        return new SilenceController(silences, clock);
    }
}
