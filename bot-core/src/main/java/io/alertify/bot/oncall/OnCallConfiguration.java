package io.alertify.bot.oncall;

import io.alertify.bot.api.OnCall;
import io.alertify.bot.api.Texts;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On-call schedules from the configuration, {@code GET /oncall} and what {@code /oncall} says in chat. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnCallProperties.class)
public class OnCallConfiguration {

    @Bean
    OnCallSchedules onCallSchedules(OnCallProperties properties, ObjectProvider<Clock> clock) {
        return new OnCallSchedules(properties.toSchedules(), properties.feeds(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    OnCall onCall(OnCallSchedules schedules, Texts texts, ObjectProvider<Clock> clock) {
        return new OnCallText(schedules, texts, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    OnCallController onCallController(OnCallSchedules schedules, ObjectProvider<Clock> clock) {
        return new OnCallController(schedules, clock.getIfAvailable(Clock::systemUTC));
    }
}
