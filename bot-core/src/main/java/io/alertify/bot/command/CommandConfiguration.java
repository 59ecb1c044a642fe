package io.alertify.bot.command;

import io.alertify.bot.api.ChatRequests;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.Remediator;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentService;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Commands from chat; Restart Pod needs a {@link Remediator} bean, which deploy provides when enabled. */
@Configuration(proxyBeanMethods = false)
public class CommandConfiguration {

    @Bean
    ChatRequests chatRequests(JdbcClient jdbc, Clock clock) {
        return new StoredChatRequests(jdbc, clock);
    }

    @Bean
    IncidentCommands incidentCommands(IncidentService incidents, ChatRoles roles, Subscriptions subscriptions,
            Texts texts, ObjectProvider<Remediator> remediator, ChatRequests requests, JdbcClient jdbc, Clock clock) {
        return new ChatIncidentCommands(incidents, roles, subscriptions, texts,
                new RestartPod(incidents, remediator, texts, new RunningRemediations(jdbc, clock)), requests);
    }
}
