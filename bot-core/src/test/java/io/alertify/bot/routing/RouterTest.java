package io.alertify.bot.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.testing.InMemorySubscriptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");
    static final Destination MANAGERS = new Destination(Channel.EMAIL, "managers@example.com");
    static final Destination EVERYTHING = new Destination(Channel.TELEGRAM, "-1001");
    static final Destination MUTED = new Destination(Channel.TELEGRAM, "-1002");
    static final Destination PAYMENTS = new Destination(Channel.TELEGRAM, "-1003");

    private final List<RouteSpec> routes = new ArrayList<>();

    private final Router router = new Router(new InMemorySubscriptions(List.of(
            new Subscription(ONCALL, Severity.ERROR.andAbove(), Locale.ENGLISH),
            new Subscription(MANAGERS, Set.of(Severity.CRITICAL), Locale.ENGLISH),
            new Subscription(EVERYTHING, Severity.INFO.andAbove(), Locale.ENGLISH),
            new Subscription(MUTED, Set.of(), Locale.ENGLISH))), () -> routes);

    private List<Destination> destinationsOf(Severity severity) {
        return router.route("checkout", severity, Map.of()).destinations();
    }

    @Test
    void aCriticalIncidentGoesToEveryoneWhoTakesCriticals() {
        assertThat(destinationsOf(Severity.CRITICAL)).containsExactly(ONCALL, MANAGERS, EVERYTHING);
    }

    @Test
    void anErrorSkipsThoseWhoOnlyTakeCriticals() {
        assertThat(destinationsOf(Severity.ERROR)).containsExactly(ONCALL, EVERYTHING);
    }

    @Test
    void aWarningReachesOnlyWhoTakesWarnings() {
        assertThat(destinationsOf(Severity.WARNING)).containsExactly(EVERYTHING);
    }

    @Test
    void theFirstRouteThatMatchesChoosesThePolicyAndAddsItsChannelsToTheSubscriptions() {
        routes.add(new RouteSpec("payments-critical", new RouteSpec.Match(List.of("checkout", "billing"),
                List.of("critical"), Map.of("team", "payments")), "payments", List.of("telegram:-1003")));
        routes.add(new RouteSpec("checkout", new RouteSpec.Match(List.of("checkout"), null, null), "backend", null));
        routes.add(new RouteSpec("default", null, "catch-all", List.of("slack:C-ONCALL")));

        var payments = router.route("billing", Severity.CRITICAL, Map.of("team", "payments", "pod", "b-1"));
        assertThat(payments.route()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("payments-critical"));
        assertThat(payments.policy()).hasValue("payments");
        assertThat(payments.destinations()).containsExactly(PAYMENTS, ONCALL, MANAGERS, EVERYTHING);

        assertThat(router.route("checkout", Severity.CRITICAL, Map.of("team", "search")).policy()).hasValue("backend");
        assertThat(router.route("checkout", Severity.ERROR, Map.of("team", "payments")).policy()).hasValue("backend");
        assertThat(router.route("search", Severity.WARNING, Map.of()).policy()).hasValue("catch-all");
        assertThat(router.route("search", Severity.WARNING, Map.of()).destinations()).containsExactly(ONCALL, EVERYTHING);
    }

    @Test
    void withoutARouteThatMatchesNobodyIsPagedAndSubscriptionsStillGetTheCard() {
        routes.add(new RouteSpec("checkout", new RouteSpec.Match(List.of("checkout"), null, null), "backend", null));

        var other = router.route("search", Severity.ERROR, Map.of());
        assertThat(other.policy()).isEmpty();
        assertThat(other.destinations()).containsExactly(ONCALL, EVERYTHING);
    }
}
