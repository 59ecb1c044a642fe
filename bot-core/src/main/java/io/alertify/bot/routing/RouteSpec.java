package io.alertify.bot.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A route: which incidents it takes, the escalation policy they get and the channels their card goes to.
 * Routes are tried in order and the first that matches wins; one without {@code match} takes everything,
 * so it belongs last, as the default.
 * <pre>
 * alertify:
 *   routing:
 *     routes:
 *       - name: payments
 *         match: { services: [checkout, billing], severities: [critical], labels: { team: payments } }
 *         policy: backend
 *         channels: [ "telegram:-1001234567890" ]
 *       - name: default
 *         channels: [ "slack:C0OPS" ]
 * </pre>
 * Subscriptions keep working beside routes: a chat subscribed to a severity gets the card too.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteSpec(String name, Match match, String policy, List<String> channels) {

    public RouteSpec {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** Every part given must hold; a part left out holds for any incident. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Match(List<String> services, List<String> severities, Map<String, String> labels) {

        public Match {
            services = services == null ? List.of() : List.copyOf(services);
            severities = severities == null ? List.of() : List.copyOf(severities);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        boolean matches(String service, Severity severity, Map<String, String> incidentLabels) {
            return (services.isEmpty() || services.contains(service))
                    && (severities.isEmpty() || severities.stream().anyMatch(s -> Severity.parse(s) == severity))
                    && labels.entrySet().stream().allMatch(e -> e.getValue().equals(incidentLabels.get(e.getKey())));
        }
    }

    boolean matches(String service, Severity severity, Map<String, String> labels) {
        return match == null || match.matches(service, severity, labels);
    }

    /** The channels as destinations, or what is wrong with one. */
    public List<Destination> destinations() {
        return channels.stream().map(RouteSpec::destination).toList();
    }

    /** Throws IllegalArgumentException naming the first mistake. */
    public void check() {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a route needs a name");
        }
        destinations();
        if (match != null) {
            match.severities().forEach(Severity::parse);
        }
    }

    public static Destination destination(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("channel '" + value + "' should look like slack:C0123, "
                    + "telegram:-1001234567890 or email:oncall@example.com");
        }
        return new Destination(Channel.parse(value.substring(0, colon)), value.substring(colon + 1).strip());
    }
}
