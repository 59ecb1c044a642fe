package io.alertify.bot.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.testing.InMemorySubscriptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");
    static final Destination MANAGERS = new Destination(Channel.EMAIL, "managers@example.com");
    static final Destination EVERYTHING = new Destination(Channel.TELEGRAM, "-1001");
    static final Destination MUTED = new Destination(Channel.TELEGRAM, "-1002");

    private final Router router = new Router(new InMemorySubscriptions(List.of(
            new Subscription(ONCALL, Severity.ERROR.andAbove(), Locale.ENGLISH),
            new Subscription(MANAGERS, Set.of(Severity.CRITICAL), Locale.ENGLISH),
            new Subscription(EVERYTHING, Severity.INFO.andAbove(), Locale.ENGLISH),
            new Subscription(MUTED, Set.of(), Locale.ENGLISH))));

    private List<Destination> destinationsOf(Severity severity) {
        return router.route(severity).stream().map(Subscription::destination).toList();
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
}
