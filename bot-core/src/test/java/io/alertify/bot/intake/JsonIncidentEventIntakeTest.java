package io.alertify.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.InvalidIncidentEventException;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.testing.IncidentEvents;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BotCoreTest
class JsonIncidentEventIntakeTest {

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Test
    void theSameEventTwiceChangesNothingTheSecondTime() {
        var key = IncidentEvents.newKey();
        var event = IncidentEvents.trigger(key, "critical", "checkout", UUID.randomUUID().toString());

        intake.accept(event);
        intake.accept(event);

        assertThat(incidents.findActive(key).orElseThrow().timeline()).extracting(TimelineLine::kind)
                .containsExactly(TimelineKind.OPENED);
    }

    @Test
    void aResolveEventResolvesTheActiveIncidentOfItsKey() {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key));
        var id = incidents.findActive(key).orElseThrow().id();

        intake.accept(IncidentEvents.resolve(key, Instant.parse("2026-11-25T06:10:00Z"), "resolve-" + key));

        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.resolvedAt()).isEqualTo(Instant.parse("2026-11-25T06:10:00Z"));
        assertThat(incidents.findActive(key)).isEmpty();
    }

    @Test
    void aResolveEventWithoutAnActiveIncidentIsHarmless() {
        var key = IncidentEvents.newKey();

        intake.accept(IncidentEvents.resolve(key));

        assertThat(incidents.findActive(key)).isEmpty();
    }

    @Test
    void anInvalidEventIsRefusedAndLeavesNoTrace() {
        var key = IncidentEvents.newKey();
        var event = IncidentEvents.trigger(key).replace("\"service\": \"checkout\",", "");

        assertThatThrownBy(() -> intake.accept(event))
                .isInstanceOf(InvalidIncidentEventException.class)
                .hasMessage("service: is required");
        assertThat(incidents.findActive(key)).isEmpty();
    }
}
