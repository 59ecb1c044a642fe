package io.alertify.bot.command;

import io.alertify.bot.api.Escalation;
import io.alertify.bot.api.OnCall;
import io.alertify.bot.api.Silencing;
import io.alertify.bot.silence.Silences;
import io.alertify.bot.api.TextCommands;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.escalation.ManualEscalation;
import io.alertify.bot.oncall.OnCallSchedules;
import io.alertify.bot.people.LinkCodes;
import io.alertify.bot.people.PeopleStore;

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
    Escalation chatEscalation(ManualEscalation manual, OnCallSchedules schedules, PeopleStore people, ChatRoles roles,
            Texts texts, Clock clock) {
        return new ChatEscalation(manual, schedules, people, roles, texts, clock);
    }

    @Bean
    IncidentCommands incidentCommands(IncidentService incidents, ChatRoles roles, Subscriptions subscriptions,
            Texts texts, ObjectProvider<Remediator> remediator, ChatRequests requests, JdbcClient jdbc, Clock clock,
            Escalation escalation, PeopleStore people) {
        return new ChatIncidentCommands(incidents, roles, subscriptions, texts,
                new RestartPod(incidents, remediator, texts, new RunningRemediations(jdbc, clock)), requests, escalation,
                people);
    }

    @Bean
    Silencing chatSilencing(Silences silences, IncidentService incidents, PeopleStore people, ChatRoles roles,
            Texts texts, Clock clock) {
        return new ChatSilencing(silences, incidents, people, roles, texts, clock);
    }

    @Bean
    TextCommands textCommands(IncidentCommands commands, IncidentService incidents, CardRenderer cards, OnCall onCall,
            LinkCodes links, Escalation escalation, Silencing silencing, Texts texts, PeopleStore people) {
        return new ChatTextCommands(commands, incidents, cards, onCall, links, escalation, silencing, texts, people);
    }
}
