package io.alertify.bot.routing;

import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import java.util.List;

/** A subscription as {@code GET/PUT /subscriptions} read and write it. */
record SubscriptionJson(String channel, String address, List<String> severities, String locale) {

    static SubscriptionJson of(Subscription subscription) {
        return new SubscriptionJson(subscription.destination().channel().wireName(),
                subscription.destination().address(),
                subscription.severities().stream().sorted().map(Severity::wireName).toList(),
                subscription.locale().toLanguageTag());
    }
}
