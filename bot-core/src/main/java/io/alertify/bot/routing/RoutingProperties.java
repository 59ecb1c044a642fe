package io.alertify.bot.routing;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Destinations from configuration ({@code alertify.routing.destinations[n]}): the defaults, each of
 * which a saved subscription for the same destination overrides; and the routes
 * ({@code alertify.routing.routes}, see {@link RouteSpec}), which replace those of the API at every start
 * when there are any.
 */
@ConfigurationProperties("alertify.routing")
public record RoutingProperties(@DefaultValue List<ConfiguredDestination> destinations, List<RouteSpec> routes) {

    public RoutingProperties {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /**
     * @param severities the severities it receives; empty or absent means all of them
     * @param locale     the language of its cards; absent means {@code alertify.locale}
     */
    public record ConfiguredDestination(Channel channel, String address, Set<Severity> severities, Locale locale) {
    }
}
