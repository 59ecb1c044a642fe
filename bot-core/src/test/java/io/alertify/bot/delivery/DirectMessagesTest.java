package io.alertify.bot.delivery;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.testing.InMemorySubscriptions;
import io.alertify.bot.testing.IncidentEvents;
import io.alertify.bot.web.ConflictException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /notify} to a channel with nowhere to send. */
@BotCoreTest
class DirectMessagesTest {

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    PostedCards posted;

    @Autowired
    DeliveryPlanner planner;

    @Test
    void aChannelWithoutDestinationsIsAConflict() {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, "warning", "checkout", UUID.randomUUID().toString()));
        var id = incidents.findActive(key).orElseThrow().id();
        var mutedOnly = new InMemorySubscriptions(List.of(
                new Subscription(new Destination(Channel.SLACK, "C-MUTED"), Set.<Severity>of(), Locale.ENGLISH)));
        var direct = new DirectMessages(incidents, posted, mutedOnly, planner);

        assertThatThrownBy(() -> direct.send(id, Channel.SLACK, "hi", "alice"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("no slack destination is configured");
    }
}
