package io.alertify.bot.testing;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link Subscriptions} in a list, in the order given, for tests that need no database. */
public class InMemorySubscriptions implements Subscriptions {

    private final List<Subscription> list;

    public InMemorySubscriptions(List<Subscription> subscriptions) {
        this.list = new CopyOnWriteArrayList<>(subscriptions);
    }

    @Override
    public void save(Subscription subscription) {
        var at = list.stream().map(Subscription::destination).toList().indexOf(subscription.destination());
        if (at < 0) {
            list.add(subscription);
        } else {
            list.set(at, subscription);
        }
    }

    @Override
    public Optional<Subscription> find(Destination destination) {
        return list.stream().filter(s -> s.destination().equals(destination)).findFirst();
    }

    @Override
    public void remove(Destination destination) {
        list.removeIf(s -> s.destination().equals(destination));
    }

    @Override
    public List<Subscription> all() {
        return List.copyOf(list);
    }
}
