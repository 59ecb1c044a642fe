package io.alertify.bot.ascode;

import io.alertify.bot.escalation.EscalationProperties.PolicySpec;
import io.alertify.bot.people.PersonJson;
import io.alertify.bot.routing.RouteSpec;
import java.util.List;

/**
 * People, policies and routes as one YAML document, in the shape {@code application.yml} takes under
 * {@code alertify:}: what {@code GET /config} exports and {@code PUT /config} applies, so a setup made
 * through the API can be kept in git and applied again.
 * <pre>
 * alertify:
 *   people: [...]
 *   escalation: { policies: [...] }
 *   routing: { routes: [...] }
 * </pre>
 */
public record ConfigurationDocument(Alertify alertify) {

    public record Alertify(List<PersonJson> people, Escalation escalation, Routing routing) {
    }

    public record Escalation(List<PolicySpec> policies) {
    }

    /** {@code routes} absent leaves the routes alone; an empty list removes them all. */
    public record Routing(List<RouteSpec> routes) {
    }
}
