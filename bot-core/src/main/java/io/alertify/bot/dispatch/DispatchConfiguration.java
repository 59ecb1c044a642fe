package io.alertify.bot.dispatch;

import io.alertify.bot.api.Notifier;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.routing.Router;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notification dispatch over the {@link Notifier} beans of the chat adapters (zero or more, one per
 * channel). The executor is private to the dispatcher: as a bean it would replace Boot's application
 * task executor.
 */
@Configuration(proxyBeanMethods = false)
public class DispatchConfiguration {

    @Bean
    NotifierCalls notifierCalls(ObjectProvider<Notifier> notifiers, DispatchProperties properties) {
        return new NotifierCalls(notifiers.orderedStream().toList(), properties);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(IncidentService incidents, Router router,
            Subscriptions subscriptions, CardRenderer cards, Texts texts, NotifierCalls calls,
            IncidentMessageRepository messages, DispatchProperties properties, Clock clock) {
        return new NotificationDispatcher(incidents, router, subscriptions, cards, texts,
                new Delivery(calls, incidents), messages, dispatchExecutor(properties.threads()), clock);
    }

    @Bean
    DirectMessages directMessages(IncidentService incidents, IncidentMessageRepository messages,
            Subscriptions subscriptions, NotifierCalls calls, NotificationDispatcher dispatcher) {
        return new DirectMessages(incidents, messages, subscriptions, calls, dispatcher);
    }

    @Bean
    NotifyController notifyController(DirectMessages messages) {
        return new NotifyController(messages);
    }

    /** Posts what a restart interrupted, once the application (and the adapters) are up. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> dispatchRecovery(NotificationDispatcher dispatcher) {
        return event -> dispatcher.recover();
    }

    private static ExecutorService dispatchExecutor(int threads) {
        var counter = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            var thread = new Thread(runnable, "alertify-dispatch-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
