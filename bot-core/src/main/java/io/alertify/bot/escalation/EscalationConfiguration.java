package io.alertify.bot.escalation;

import io.alertify.bot.delivery.DeliveryPlanner;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.oncall.OnCallSchedules;
import io.alertify.bot.oncall.ShiftNotices;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.routing.Router;
import io.alertify.bot.silence.Silences;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Escalation policies (configured and written through the API), escalations, their scheduler and API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationProperties.class)
public class EscalationConfiguration {

    @Bean
    PolicyStore policyStore(DataSource database, PlatformTransactionManager transactions, JsonMapper json) {
        return new PolicyStore(JdbcClient.create(database), new TransactionTemplate(transactions), json);
    }

    @Bean
    EscalationStore escalationStore(DataSource database) {
        return new EscalationStore(JdbcClient.create(database));
    }

    @Bean
    Paging paging(DeliveryPlanner planner, PeopleStore people, IncidentService incidents) {
        return new Paging(planner, people, incidents);
    }

    @Bean
    Escalations escalations(EscalationStore store, PolicyStore policies, Router router, IncidentService incidents,
            OnCallSchedules schedules, Paging paging, EscalationProperties properties,
            PlatformTransactionManager transactions, Clock clock, Silences silences) {
        return new Escalations(store, policies, router, incidents, schedules, paging, properties.ackExpires(),
                new TransactionTemplate(transactions), clock, silences::isMuted);
    }

    @Bean
    ManualEscalation manualEscalation(EscalationStore store, PolicyStore policies, Router router,
            IncidentService incidents, OnCallSchedules schedules, PeopleStore people, Paging paging, Clock clock) {
        return new ManualEscalation(store, policies, router, incidents, schedules, people, paging, clock);
    }

    @Bean
    EscalationScheduler escalationScheduler(Escalations escalations, ShiftNotices notices, Silences silences,
            EscalationProperties properties, Clock clock) {
        return new EscalationScheduler(List.of(silences, escalations::runDue, notices), properties.tick(), clock);
    }

    @Bean
    PolicyController policyController(PolicyStore policies) {
        return new PolicyController(policies);
    }

    @Bean
    EscalationController escalationController(ManualEscalation manual, EscalationStore store) {
        return new EscalationController(manual, store);
    }

    /** The policies of the file are written at every start; a wrong one stops it, naming the policy and step. */
    @Bean
    SmartInitializingSingleton policiesFromConfiguration(EscalationProperties properties, PolicyStore policies) {
        return () -> {
            properties.toPolicies();
            properties.policies().forEach(policies::put);
        };
    }
}
