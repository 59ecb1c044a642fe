package io.alertify.slack;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySubscriptions implements Subscriptions {

    private final Map<Destination, Subscription> byDestination = new ConcurrentHashMap<>();

    @Override
    public void save(Subscription subscription) {
        byDestination.put(subscription.destination(), subscription);
    }

    @Override
    public Optional<Subscription> find(Destination destination) {
        return Optional.ofNullable(byDestination.get(destination));
    }

    @Override
    public void remove(Destination destination) {
        byDestination.remove(destination);
    }

    @Override
    public List<Subscription> all() {
        return List.copyOf(byDestination.values());
    }

    public void reset() {
        byDestination.clear();
    }
}
