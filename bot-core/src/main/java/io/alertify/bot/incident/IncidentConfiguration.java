package io.alertify.bot.incident;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The incident lifecycle and its read API. */
@Configuration(proxyBeanMethods = false)
public class IncidentConfiguration {

    @Bean
    IncidentService incidentService(IncidentRepository incidents, IncidentGroupRepository groups,
            TimelineRepository timeline, ApplicationEventPublisher events, Grouping grouping, Clock clock) {
        return new IncidentService(incidents, groups, timeline, events, grouping, clock);
    }

    @Bean
    IncidentController incidentController(IncidentService incidents, JsonMapper json) {
        return new IncidentController(incidents, json);
    }
}
