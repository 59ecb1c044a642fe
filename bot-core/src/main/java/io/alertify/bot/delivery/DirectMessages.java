package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.incident.IncidentNotFoundException;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.web.ConflictException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's message about an incident ({@code POST /notify}): to the incident's cards on the channel,
 * in their threads, or to the channel's configured destinations when the incident was not posted there.
 * Queued as jobs in one transaction with the timeline line, so the 202 means it will be delivered.
 */
@Transactional
public class DirectMessages {

    private final IncidentService incidents;
    private final PostedCards posted;
    private final Subscriptions subscriptions;
    private final DeliveryPlanner planner;

    DirectMessages(IncidentService incidents, PostedCards posted, Subscriptions subscriptions, DeliveryPlanner planner) {
        this.incidents = incidents;
        this.posted = posted;
        this.subscriptions = subscriptions;
        this.planner = planner;
    }

    /** Records the message in the timeline and queues it; answers where it goes. */
    public List<Destination> send(long incidentId, Channel channel, String text, String actor) {
        var incident = incidents.find(incidentId).orElseThrow(() -> new IncidentNotFoundException(incidentId));
        var targets = new ArrayList<Destination>();
        for (var subject : List.of(incident.cardKey(), "incident:" + incidentId)) {
            posted.shown(subject).stream().map(m -> m.destination())
                    .filter(d -> d.channel() == channel && !targets.contains(d)).forEach(targets::add);
        }
        if (targets.isEmpty()) {
            subscriptions.all().stream()
                    .filter(s -> s.destination().channel() == channel && !s.severities().isEmpty())
                    .map(s -> s.destination()).distinct().forEach(targets::add);
        }
        if (targets.isEmpty()) {
            throw new ConflictException("channel", "no " + channel.wireName() + " destination is configured");
        }
        incidents.record(incidentId, TimelineKind.MESSAGE, actor, text);
        for (var destination : targets) {
            planner.say(destination, planner.subjectAt(incident, destination), incidentId, text);
        }
        return targets;
    }
}
