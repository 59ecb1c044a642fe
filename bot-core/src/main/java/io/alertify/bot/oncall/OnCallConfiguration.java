package io.alertify.bot.oncall;

import io.alertify.bot.api.OnCall;
import io.alertify.bot.api.Texts;
import io.alertify.bot.delivery.DeliveryPlanner;
import io.alertify.bot.people.PeopleStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On-call schedules from the configuration with the overrides of the API, {@code GET /oncall},
 * {@code /schedules}, what {@code /oncall} says in chat, and the notices to whoever goes on call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnCallProperties.class)
public class OnCallConfiguration {

    @Bean
    OverrideStore overrideStore(DataSource database) {
        return new OverrideStore(JdbcClient.create(database));
    }

    @Bean
    OnCallSchedules onCallSchedules(OnCallProperties properties, OverrideStore overrides, Clock clock) {
        return new OnCallSchedules(properties.toSchedules(), properties.feeds(), overrides, clock);
    }

    @Bean
    OnCall onCall(OnCallSchedules schedules, Texts texts, Clock clock) {
        return new OnCallText(schedules, texts, clock);
    }

    @Bean
    OnCallController onCallController(OnCallSchedules schedules, Clock clock) {
        return new OnCallController(schedules, clock);
    }

    @Bean
    ScheduleController scheduleController(OnCallSchedules schedules, OverrideStore overrides, PeopleStore people,
            Clock clock) {
        return new ScheduleController(schedules, overrides, people, clock);
    }

    @Bean
    ShiftNotices shiftNotices(OnCallSchedules schedules, PeopleStore people, DeliveryPlanner planner, Texts texts,
            DataSource database, PlatformTransactionManager transactions) {
        return new ShiftNotices(schedules, people, planner, texts, JdbcClient.create(database),
                new TransactionTemplate(transactions));
    }
}
