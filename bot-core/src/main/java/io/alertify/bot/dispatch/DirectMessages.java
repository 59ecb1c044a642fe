package io.alertify.bot.dispatch;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.incident.IncidentNotFoundException;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.web.ConflictException;
import java.util.List;

/**
 * A person's message about an incident ({@code POST /notify}): to the incident's cards on the channel,
 * in their threads, or to the channel's configured destinations when the incident was not posted there.
 */
class DirectMessages {

    private final IncidentService incidents;
    private final IncidentMessageRepository messages;
    private final Subscriptions subscriptions;
    private final NotifierCalls calls;
    private final NotificationDispatcher dispatcher;

    DirectMessages(IncidentService incidents, IncidentMessageRepository messages, Subscriptions subscriptions,
            NotifierCalls calls, NotificationDispatcher dispatcher) {
        this.incidents = incidents;
        this.messages = messages;
        this.subscriptions = subscriptions;
        this.calls = calls;
        this.dispatcher = dispatcher;
    }

    /** Records the message in the timeline and sends it after this returns; answers where it goes. */
    List<Destination> send(long incidentId, Channel channel, String text, String actor) {
        if (incidents.find(incidentId).isEmpty()) {
            throw new IncidentNotFoundException(incidentId);
        }
        if (calls.notifier(channel).isEmpty()) {
            throw new ConflictException("channel", channel.wireName() + " is not enabled here");
        }
        var targets = targets(incidentId, channel);
        if (targets.isEmpty()) {
            throw new ConflictException("channel", "no " + channel.wireName() + " destination is configured");
        }
        incidents.record(incidentId, TimelineKind.MESSAGE, actor, text);
        dispatcher.say(incidentId, targets, text);
        return targets.stream().map(NotificationDispatcher.Target::destination).toList();
    }

    private List<NotificationDispatcher.Target> targets(long incidentId, Channel channel) {
        var shown = messages.findByIncidentIdOrderByIdAsc(incidentId).stream()
                .filter(m -> m.destination().channel() == channel)
                .map(m -> new NotificationDispatcher.Target(m.destination(), m.ref()))
                .toList();
        if (!shown.isEmpty()) {
            return shown;
        }
        return subscriptions.all().stream()
                .filter(s -> s.destination().channel() == channel && !s.severities().isEmpty())
                .map(s -> new NotificationDispatcher.Target(s.destination(), null))
                .toList();
    }
}
