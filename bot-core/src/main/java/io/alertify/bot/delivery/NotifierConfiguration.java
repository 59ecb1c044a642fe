package io.alertify.bot.delivery;

import io.alertify.bot.BotCoreBaseConfiguration;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Notifier;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.card.GroupCardRenderer;
import io.alertify.bot.card.SummaryCardRenderer;
import io.alertify.bot.incident.IncidentService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code notifier} role: sends the jobs the bot writes, through the {@link Notifier} beans of the
 * chat adapters and email (one per channel), in this process or in one of its own.
 */
@Configuration(proxyBeanMethods = false)
@Import(BotCoreBaseConfiguration.class)
public class NotifierConfiguration {

    @Bean
    Pacer deliveryPacer(DeliveryProperties properties) {
        return new Pacer(properties);
    }

    @Bean
    DeliveryMetrics deliveryMetrics(ObjectProvider<MeterRegistry> registry) {
        return new DeliveryMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    Operators deliveryOperators(DeliveryProperties properties, Subscriptions subscriptions,
            DestinationStore destinations, JobStore jobs, Texts texts, Clock clock) {
        return new Operators(properties.operators(), subscriptions, destinations, jobs, texts, clock);
    }

    @Bean
    CardSubjects cardSubjects(IncidentService incidents, Subscriptions subscriptions, CardRenderer cards,
            GroupCardRenderer groups, SummaryCardRenderer summaries, Summaries summaryStore) {
        return new CardSubjects(incidents, subscriptions, cards, groups, summaries, summaryStore);
    }

    @Bean
    DeliveryWorker deliveryWorker(ObjectProvider<Notifier> notifierBeans, JobStore jobs, PostedCards posted,
            DestinationStore destinations, Summaries summaries, CardSubjects subjects, Pacer pacer, Operators operators,
            IncidentService incidents, Subscriptions subscriptions, DeliveryMetrics metrics, DeliveryPlanner planner,
            DeliveryProperties properties, Wakeup wakeup, Clock clock) {
        var notifiers = byChannel(notifierBeans.orderedStream().toList());
        var sender = new JobSender(notifiers, jobs, posted, destinations, subjects, pacer, operators, incidents,
                subscriptions, metrics, properties, clock);
        return new DeliveryWorker(notifiers.keySet(), jobs, destinations, posted, summaries, sender, pacer, metrics,
                planner, properties, wakeup, clock);
    }

    private static EnumMap<Channel, Notifier> byChannel(List<Notifier> notifiers) {
        var map = new EnumMap<Channel, Notifier>(Channel.class);
        for (var notifier : notifiers) {
            var previous = map.putIfAbsent(notifier.channel(), notifier);
            if (previous != null) {
                throw new IllegalStateException("two Notifier beans for channel " + notifier.channel().wireName()
                        + ": " + previous.getClass().getName() + " and " + notifier.getClass().getName());
            }
        }
        return map;
    }
}
