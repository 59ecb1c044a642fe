package io.alertify.bot.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who gets which incidents. Dialogs in conversations write here; routing reads it together with the
 * destinations from configuration.
 */
public interface Subscriptions {

    /** Creates or replaces the subscription of its destination. */
    void save(Subscription subscription);

    Optional<Subscription> find(Destination destination);

    void remove(Destination destination);

    /** Every subscription, configured ones included. */
    List<Subscription> all();

    /** The language a destination chose, if it has a subscription. */
    default Optional<Locale> localeOf(Destination destination) {
        return find(destination).map(Subscription::locale);
    }
}
