package io.alertify.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.escalation.EscalationPolicy.Progress;
import io.alertify.bot.escalation.EscalationStep.NotifyChannel;
import io.alertify.bot.escalation.EscalationStep.NotifyOnCall;
import io.alertify.bot.escalation.EscalationStep.NotifyPeople;
import io.alertify.bot.escalation.EscalationStep.RoundRobin;
import io.alertify.bot.escalation.EscalationStep.Wait;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {

    private static final Instant OPENED = Instant.parse("2026-12-03T03:00:00Z");
    private static final Destination ONCALL_CHANNEL = new Destination(Channel.SLACK, "C0ONCALL");

    /** Channel card, then the person on call, then the secondary, five minutes apart, twice over. */
    private static final EscalationPolicy POLICY = new EscalationPolicy("checkout", List.of(
            new NotifyChannel(ONCALL_CHANNEL),
            new Wait(Duration.ofMinutes(5)),
            new NotifyOnCall("primary"),
            new Wait(Duration.ofMinutes(5)),
            new NotifyPeople(List.of("boris"))), 1);

    private static Optional<String> anna(String schedule, Instant at) {
        return "primary".equals(schedule) ? Optional.of("anna") : Optional.empty();
    }

    private static EscalationPolicy.Outcome at(Progress progress, Duration after) {
        return POLICY.run(progress, OPENED.plus(after), EscalationPolicyTest::anna);
    }

    @Test
    void anUnacknowledgedIncidentClimbsStepByStepAndRepeats() {
        var first = at(Progress.start(OPENED), Duration.ZERO);
        assertThat(first.pages()).containsExactly(Page.channel(ONCALL_CHANNEL, 0, 0));
        assertThat(first.progress().dueAt()).contains(OPENED.plus(Duration.ofMinutes(5)));

        assertThat(at(first.progress(), Duration.ofMinutes(4)).pages()).as("not yet").isEmpty();

        var second = at(first.progress(), Duration.ofMinutes(5));
        assertThat(second.pages()).containsExactly(Page.person("anna", 2, 0));

        var third = at(second.progress(), Duration.ofMinutes(10));
        assertThat(third.pages()).containsExactly(Page.person("boris", 4, 0), Page.channel(ONCALL_CHANNEL, 0, 1));
        assertThat(third.progress().round()).isEqualTo(1);

        var fourth = at(third.progress(), Duration.ofMinutes(15));
        var fifth = at(fourth.progress(), Duration.ofMinutes(20));
        assertThat(fourth.pages()).containsExactly(Page.person("anna", 2, 1));
        assertThat(fifth.pages()).containsExactly(Page.person("boris", 4, 1));
        assertThat(fifth.progress().finished()).as("repeated once, then it stops").isTrue();
        assertThat(at(fifth.progress(), Duration.ofHours(1)).pages()).isEmpty();
    }

    @Test
    void stepsDueWhileTheBotWasDownRunOnceWhenItComesBack() {
        var first = at(Progress.start(OPENED), Duration.ZERO);

        var back = at(first.progress(), Duration.ofMinutes(12));

        assertThat(back.pages()).as("the on-call page, the secondary and the repeat's channel card, each once")
                .containsExactly(Page.person("anna", 2, 0), Page.person("boris", 4, 0), Page.channel(ONCALL_CHANNEL, 0, 1));
        assertThat(back.progress().dueAt()).contains(OPENED.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aRoundRobinPagesTheNextPersonEachTime() {
        var policy = new EscalationPolicy("rr", List.of(new RoundRobin(List.of("anna", "boris", "chen")),
                new Wait(Duration.ofMinutes(10))), 3);
        var progress = Progress.start(OPENED);
        var paged = new java.util.ArrayList<String>();
        for (int minute = 0; minute <= 30; minute += 10) {
            var outcome = policy.run(progress, OPENED.plus(Duration.ofMinutes(minute)), (s, t) -> Optional.empty());
            outcome.pages().forEach(page -> paged.add(page.person()));
            progress = outcome.progress();
        }
        assertThat(paged).containsExactly("anna", "boris", "chen", "anna");
    }

    @Test
    void aScheduleWithNobodyOnCallPagesNobodyAndTheNextStepStillComes() {
        var policy = new EscalationPolicy("empty", List.of(new NotifyOnCall("weekend"), new Wait(Duration.ofMinutes(5)),
                new NotifyPeople(List.of("boris"))), 0);

        var first = policy.run(Progress.start(OPENED), OPENED, EscalationPolicyTest::anna);
        var second = policy.run(first.progress(), OPENED.plus(Duration.ofMinutes(5)), EscalationPolicyTest::anna);

        assertThat(first.pages()).isEmpty();
        assertThat(second.pages()).containsExactly(Page.person("boris", 2, 0));
    }
}
