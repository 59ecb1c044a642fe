package io.alertify.bot.dispatch;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.incident.Clip;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One notification to one destination: through the channel's notifier, with retry and circuit
 * breaking, and a failure that survives them reported in the log and the incident's timeline
 * ("Could not notify slack:C123: ..."), never thrown: one dead chat must not keep the others waiting.
 */
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    static final String ACTOR = "alertify";

    private final NotifierCalls calls;
    private final IncidentService incidents;

    Delivery(NotifierCalls calls, IncidentService incidents) {
        this.calls = calls;
        this.incidents = incidents;
    }

    Optional<MessageRef> post(long incidentId, Destination destination, Card card) {
        return send(incidentId, destination, () -> calls.notifier(destination.channel())
                .map(notifier -> calls.call(destination.channel(), () -> notifier.post(destination, card))));
    }

    /** Updates a posted card; email-like notifiers get it only when {@code always} (the resolve). */
    void update(long incidentId, MessageRef message, Card card, boolean always) {
        send(incidentId, message.destination(), () -> calls.notifier(message.destination().channel())
                .filter(notifier -> always || notifier.editsInPlace())
                .map(notifier -> {
                    calls.run(message.destination().channel(), () -> notifier.update(message, card));
                    return message;
                }));
    }

    void say(long incidentId, Destination destination, String text, MessageRef inReplyTo) {
        send(incidentId, destination, () -> calls.notifier(destination.channel())
                .map(notifier -> calls.call(destination.channel(), () -> notifier.say(destination, text, inReplyTo))));
    }

    private Optional<MessageRef> send(long incidentId, Destination destination, Supplier<Optional<MessageRef>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            var reason = reason(e);
            log.warn("Could not notify {} about incident {}: {}", destination, incidentId, reason);
            incidents.record(incidentId, TimelineKind.NOTIFICATION_FAILED, ACTOR,
                    "Could not notify " + destination + ": " + reason);
            return Optional.empty();
        }
    }

    /** The failure in a few words: notifiers promise messages without secrets, and no stack goes anywhere. */
    private static String reason(RuntimeException e) {
        if (e instanceof CallNotPermittedException) {
            return "too many recent failures, not trying for a while";
        }
        var message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return Clip.to(message, 500);
    }
}
