package io.alertify.bot.testing;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link Subscriptions} in a list, in the order given, for tests that need no database. Shared with the
 * other modules' tests through bot-core's test-jar.
 */
public class InMemorySubscriptions implements Subscriptions {

    private final List<Subscription> list;

    public InMemorySubscriptions() {
        this(List.of());
    }

    public InMemorySubscriptions(List<Subscription> subscriptions) {
        this.list = new CopyOnWriteArrayList<>(subscriptions);
    }

    /** Synchronized with {@link #remove} so that finding the destination's place and writing it is one step. */
    @Override
    public synchronized void save(Subscription subscription) {
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
    public synchronized void remove(Destination destination) {
        list.removeIf(s -> s.destination().equals(destination));
    }

    @Override
    public List<Subscription> all() {
        return List.copyOf(list);
    }

    /** Forgets every subscription, for tests that share one application context. */
    public synchronized void clear() {
        list.clear();
    }
}
