package io.alertify.bot.routing;

import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import java.util.List;

/** Who must know about an incident: every subscription that takes its severity. */
public class Router {

    private final Subscriptions subscriptions;

    public Router(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    public List<Subscription> route(Severity severity) {
        return subscriptions.all().stream().filter(s -> s.severities().contains(severity)).toList();
    }
}
