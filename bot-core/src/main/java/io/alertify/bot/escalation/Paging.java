package io.alertify.bot.escalation;

import io.alertify.bot.api.Destination;
import io.alertify.bot.delivery.DeliveryPlanner;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.people.PeopleStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns the pages of a step into delivery jobs (so they are paced, retried and never lost) and one
 * timeline line that says who was paged. A person is paged on every identity they have; somebody the
 * people store does not know, or who has no chat and no mail, is named in the timeline instead.
 */
final class Paging {

    private final DeliveryPlanner planner;
    private final PeopleStore people;
    private final IncidentService incidents;

    Paging(DeliveryPlanner planner, PeopleStore people, IncidentService incidents) {
        this.planner = planner;
        this.people = people;
        this.incidents = incidents;
    }

    /** Pages each person and channel once, however many steps named them; returns who was reached, for a reply. */
    String page(IncidentSnapshot incident, List<Page> pages, String actor, String why) {
        var reached = new ArrayList<String>();
        var missed = new ArrayList<String>();
        var personIds = new LinkedHashSet<String>();
        var channels = new LinkedHashSet<Destination>();
        var repeat = false;
        for (var page : pages) {
            repeat |= page.round() > 0;
            if (page.person() != null) {
                personIds.add(page.person());
            } else {
                channels.add(page.destination());
            }
        }
        for (var id : personIds) {
            var person = people.find(id);
            if (person.isEmpty() || person.get().destinations().isEmpty()) {
                missed.add(id + (person.isEmpty() ? " (not in the people store)" : " (no chat or email known)"));
                continue;
            }
            for (var destination : person.get().destinations()) {
                planner.page(incident, destination, person.get().locale(), true);
            }
            reached.add(person.get().name() + " (" + String.join(", ", person.get().destinations().stream()
                    .map(d -> d.channel().wireName()).toList()) + ")");
        }
        for (var destination : channels) {
            planner.page(incident, destination, null, repeat); // the channel has the card from its route
            reached.add(destination.toString());
        }
        var text = new StringBuilder(why);
        if (!reached.isEmpty()) {
            text.append(": paged ").append(String.join(", ", reached));
        }
        if (!missed.isEmpty()) {
            text.append(reached.isEmpty() ? ": " : "; ").append("could not page ").append(String.join(", ", missed));
        }
        if (!reached.isEmpty() || !missed.isEmpty()) {
            incidents.record(incident.id(), TimelineKind.ESCALATED, actor, text.toString());
        }
        return String.join(", ", reached);
    }
}
