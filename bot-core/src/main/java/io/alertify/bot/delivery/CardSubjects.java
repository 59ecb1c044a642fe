package io.alertify.bot.delivery;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.card.GroupCardRenderer;
import io.alertify.bot.card.SummaryCardRenderer;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a card key shows right now, for one destination: {@code incident:<id>} is one incident,
 * {@code group:<id>} the group's incidents that the destination takes (its own card when only one),
 * {@code summary:<id>} every group of a storm summary. Rendered when sent, never stored.
 */
final class CardSubjects {

    private final IncidentService incidents;
    private final Subscriptions subscriptions;
    private final CardRenderer cards;
    private final GroupCardRenderer groups;
    private final SummaryCardRenderer summaries;
    private final Summaries summaryStore;

    CardSubjects(IncidentService incidents, Subscriptions subscriptions, CardRenderer cards, GroupCardRenderer groups,
            SummaryCardRenderer summaries, Summaries summaryStore) {
        this.incidents = incidents;
        this.subscriptions = subscriptions;
        this.cards = cards;
        this.groups = groups;
        this.summaries = summaries;
        this.summaryStore = summaryStore;
    }

    /** Empty when there is nothing to show (the incidents are gone, or none is for this destination). */
    Optional<Card> render(String subject, Destination destination, Locale locale) {
        var colon = subject.indexOf(':');
        var id = Long.parseLong(subject.substring(colon + 1));
        return switch (subject.substring(0, colon)) {
            case "incident" -> incidents.find(id).map(incident -> cards.render(incident, locale));
            case "group" -> group(id, destination, locale);
            case "summary" -> summary(id, destination, locale);
            default -> throw new IllegalArgumentException("unknown card " + subject);
        };
    }

    private Optional<Card> group(long groupId, Destination destination, Locale locale) {
        var shown = forDestination(incidents.inGroup(groupId), destination);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        if (shown.size() == 1) {
            return incidents.find(shown.getFirst().id()).map(one -> cards.render(one, locale, "group:" + groupId));
        }
        return Optional.of(groups.render(groupId, shown, locale));
    }

    private Optional<Card> summary(long summaryId, Destination destination, Locale locale) {
        var members = summaryStore.groups(summaryId).stream()
                .map(groupId -> forDestination(incidents.inGroup(groupId), destination))
                .filter(list -> !list.isEmpty())
                .toList();
        return members.isEmpty() ? Optional.empty() : Optional.of(summaries.render(summaryId, members, locale));
    }

    /** A group can hold severities this destination does not take; they stay off its card. */
    private List<IncidentSnapshot> forDestination(List<IncidentSnapshot> group, Destination destination) {
        Set<Severity> wanted = subscriptions.find(destination).map(Subscription::severities).orElse(Set.of());
        if (wanted.isEmpty()) {
            return group;
        }
        return group.stream().filter(i -> wanted.contains(i.severity())).toList();
    }
}
