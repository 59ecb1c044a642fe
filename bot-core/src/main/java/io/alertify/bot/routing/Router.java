package io.alertify.bot.routing;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who must know about an incident: the first route that matches it (its channels and escalation policy)
 * and every subscription that takes its severity.
 */
public class Router {

    private final Subscriptions subscriptions;
    private final Supplier<List<RouteSpec>> routes;

    /** @param routes the routes in the order they are tried (read on every incident: they change at run time) */
    public Router(Subscriptions subscriptions, Supplier<List<RouteSpec>> routes) {
        this.subscriptions = subscriptions;
        this.routes = routes;
    }

    /** @param route the route that matched, empty when none did (subscriptions only, nobody paged) */
    public record Routed(Optional<RouteSpec> route, List<Destination> destinations) {

        public Optional<String> policy() {
            return route.map(RouteSpec::policy).filter(p -> !p.isBlank());
        }
    }

    public Routed route(String service, Severity severity, Map<String, String> labels) {
        var route = routes.get().stream().filter(r -> r.matches(service, severity, labels)).findFirst();
        var destinations = new LinkedHashSet<Destination>();
        route.ifPresent(r -> destinations.addAll(r.destinations()));
        subscribed(severity).forEach(s -> destinations.add(s.destination()));
        return new Routed(route, List.copyOf(destinations));
    }

    public List<Subscription> subscribed(Severity severity) {
        return subscriptions.all().stream().filter(s -> s.severities().contains(severity)).toList();
    }
}
