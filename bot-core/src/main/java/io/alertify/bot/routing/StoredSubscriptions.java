package io.alertify.bot.routing;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions from configuration merged with the saved ones; a saved subscription replaces the
 * configured one of the same destination. Removing a configured destination saves it muted (no
 * severities), because configuration cannot be deleted from chat.
 */
@Transactional
class StoredSubscriptions implements Subscriptions {

    private final SavedSubscriptionRepository saved;
    private final List<Subscription> configured;

    StoredSubscriptions(SavedSubscriptionRepository saved, RoutingProperties properties, Locale defaultLocale) {
        this.saved = saved;
        this.configured = properties.destinations().stream().map(d -> configured(d, defaultLocale)).toList();
    }

    private static Subscription configured(RoutingProperties.ConfiguredDestination d, Locale defaultLocale) {
        Set<Severity> severities = d.severities() == null || d.severities().isEmpty()
                ? EnumSet.allOf(Severity.class) : d.severities();
        return new Subscription(new Destination(d.channel(), d.address()), severities,
                d.locale() == null ? defaultLocale : d.locale());
    }

    @Override
    public void save(Subscription subscription) {
        var destination = subscription.destination();
        var row = saved.findByChannelAndAddress(destination.channel().wireName(), destination.address())
                .orElseGet(() -> new SavedSubscription(destination));
        row.update(subscription);
        saved.save(row);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Subscription> find(Destination destination) {
        return saved.findByChannelAndAddress(destination.channel().wireName(), destination.address())
                .map(SavedSubscription::toSubscription)
                .or(() -> configured.stream().filter(s -> s.destination().equals(destination)).findFirst());
    }

    @Override
    public void remove(Destination destination) {
        var configuredOne = configured.stream().filter(s -> s.destination().equals(destination)).findFirst();
        if (configuredOne.isPresent()) {
            save(new Subscription(destination, Set.of(), configuredOne.get().locale()));
        } else {
            saved.findByChannelAndAddress(destination.channel().wireName(), destination.address())
                    .ifPresent(saved::delete);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Subscription> all() {
        var merged = new LinkedHashMap<Destination, Subscription>();
        configured.forEach(s -> merged.put(s.destination(), s));
        saved.findAllByOrderByIdAsc().forEach(row -> {
            var subscription = row.toSubscription();
            merged.put(subscription.destination(), subscription);
        });
        return new ArrayList<>(merged.values());
    }
}
