package io.alertify.bot.intake;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.incident.IncidentService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The intake of incident events: the port every transport calls, RabbitMQ when configured. */
@Configuration(proxyBeanMethods = false)
@Import(RabbitIntakeConfiguration.class)
public class IntakeConfiguration {

    @Bean
    IncidentEventIntake incidentEventIntake(JsonMapper json, ProcessedEventRepository processed,
            IncidentService incidents, PlatformTransactionManager transactions, Clock clock) {
        return new JsonIncidentEventIntake(new IncidentEventParser(json), processed, incidents,
                new TransactionTemplate(transactions), clock);
    }

    @Bean
    TestIncidentController testIncidentController(IncidentEventIntake intake, IncidentService incidents,
            JsonMapper json, Clock clock) {
        return new TestIncidentController(intake, incidents, json, clock);
    }
}
