package io.alertify.bot.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.testing.IncidentEvents;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Configured destinations are defaults that saved subscriptions override. Each test configures its own
 * destination, so the shared database's other subscriptions do not matter.
 */
@BotCoreTest
class StoredSubscriptionsTest {

    static final Locale RU = Locale.forLanguageTag("ru");

    @Autowired
    SavedSubscriptionRepository saved;

    private final Destination configured = new Destination(Channel.TELEGRAM, "-" + IncidentEvents.newKey());

    private StoredSubscriptions subscriptions() {
        var properties = new RoutingProperties(List.of(new RoutingProperties.ConfiguredDestination(
                configured.channel(), configured.address(), null, null)), List.of());
        return new StoredSubscriptions(saved, properties, Locale.ENGLISH);
    }

    @Test
    void aConfiguredDestinationTakesEverySeverityInTheDefaultLanguageUnlessToldOtherwise() {
        assertThat(subscriptions().find(configured))
                .contains(new Subscription(configured, Severity.INFO.andAbove(), Locale.ENGLISH));
    }

    @Test
    void aSavedSubscriptionOverridesTheConfiguredOne() {
        var subscriptions = subscriptions();
        var chosen = new Subscription(configured, Set.of(Severity.CRITICAL), RU);

        subscriptions.save(chosen);

        assertThat(subscriptions.find(configured)).contains(chosen);
        assertThat(subscriptions.all()).filteredOn(s -> s.destination().equals(configured)).containsExactly(chosen);
    }

    @Test
    void savingAgainReplaces() {
        var subscriptions = subscriptions();
        var destination = new Destination(Channel.EMAIL, IncidentEvents.newKey() + "@example.com");

        subscriptions.save(new Subscription(destination, Set.of(Severity.CRITICAL), RU));
        subscriptions.save(new Subscription(destination, Set.of(Severity.WARNING, Severity.INFO), Locale.ENGLISH));

        assertThat(subscriptions.find(destination)).contains(
                new Subscription(destination, Set.of(Severity.WARNING, Severity.INFO), Locale.ENGLISH));
    }

    @Test
    void removingASavedSubscriptionForgetsIt() {
        var subscriptions = subscriptions();
        var destination = new Destination(Channel.EMAIL, IncidentEvents.newKey() + "@example.com");
        subscriptions.save(new Subscription(destination, Set.of(Severity.CRITICAL), RU));

        subscriptions.remove(destination);

        assertThat(subscriptions.find(destination)).isEmpty();
    }

    @Test
    void removingAConfiguredDestinationMutesIt() {
        var subscriptions = subscriptions();

        subscriptions.remove(configured);

        assertThat(subscriptions.find(configured)).hasValueSatisfying(s -> assertThat(s.severities()).isEmpty());
        assertThat(new Router(subscriptions, List::of).subscribed(Severity.CRITICAL))
                .noneMatch(s -> s.destination().equals(configured));
    }
}
