package io.alertify.bot.oncall;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On-call schedules from the configuration, and {@code GET /oncall}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnCallProperties.class)
public class OnCallConfiguration {

    @Bean
    OnCallSchedules onCallSchedules(OnCallProperties properties, ObjectProvider<Clock> clock) {
        return new OnCallSchedules(properties.toSchedules(), properties.feeds(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    OnCallController onCallController(OnCallSchedules schedules, ObjectProvider<Clock> clock) {
        return new OnCallController(schedules, clock.getIfAvailable(Clock::systemUTC));
    }
}
