package io.alertify.bot.delivery;

import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.Grouping;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.routing.Router;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Planning deliveries (jobs written with each incident change) and the delivery API; sending is {@link NotifierConfiguration}. */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

    @Bean
    Grouping grouping(DeliveryProperties properties) {
        return new Grouping(properties.groupBy());
    }

    @Bean
    JobStore notificationJobs(JdbcClient jdbc) {
        return new JobStore(jdbc);
    }

    @Bean
    PostedCards postedCards(JdbcClient jdbc) {
        return new PostedCards(jdbc);
    }

    @Bean
    DestinationStore destinationStore(JdbcClient jdbc, JobStore jobs) {
        return new DestinationStore(jdbc, jobs);
    }

    @Bean
    Summaries summaries(JdbcClient jdbc) {
        return new Summaries(jdbc);
    }

    @Bean
    Wakeup deliveryWakeup() {
        return new Wakeup();
    }

    @Bean
    io.alertify.bot.api.ChatContacts chatContacts(DestinationStore destinations, Wakeup wakeup, Clock clock,
            org.springframework.beans.factory.ObjectProvider<DeliveryWorker> worker) {
        return new PrivateChatHealing(destinations, wakeup, clock, worker);
    }

    @Bean
    DeliveryPlanner deliveryPlanner(IncidentService incidents, Router router, Subscriptions subscriptions, Texts texts,
            JobStore jobs, PostedCards posted, DestinationStore destinations, Summaries summaries,
            DeliveryProperties properties, Wakeup wakeup, Clock clock, io.alertify.bot.people.PeopleStore people,
            org.springframework.beans.factory.ObjectProvider<Muting> muting) {
        // looked up when an incident opens: silences (bot role) need the planner themselves
        return new DeliveryPlanner(incidents, router, subscriptions, texts, jobs, posted, destinations, summaries,
                properties, wakeup, clock, people, () -> muting.getIfAvailable(Muting::none));
    }

    @Bean
    DirectMessages directMessages(IncidentService incidents, PostedCards posted, Subscriptions subscriptions,
            DeliveryPlanner planner) {
        return new DirectMessages(incidents, posted, subscriptions, planner);
    }

    @Bean
    NotifyController notifyController(DirectMessages messages) {
        return new NotifyController(messages);
    }

    @Bean
    DestinationController destinationController(DestinationStore destinations, ObjectProvider<DeliveryWorker> worker,
            Clock clock) {
        return new DestinationController(destinations, worker, clock);
    }
}
