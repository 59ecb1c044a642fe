package io.alertify.bot.incident;

import java.util.List;
import java.util.StringJoiner;

/**
 * Which incidents share a card, as Alertmanager's {@code group_by}: those whose values of the given
 * labels are equal. {@code service} is always known; other labels come from the incident event, and a
 * missing one counts as empty.
 */
public record Grouping(List<String> groupBy) {

    public Grouping {
        groupBy = groupBy == null || groupBy.isEmpty() ? List.of("service") : List.copyOf(groupBy);
    }

    /** E.g. {@code service=checkout}; cut to the column's 500 characters. */
    String keyOf(Trigger trigger) {
        var key = new StringJoiner(",");
        for (var label : groupBy) {
            var value = label.equals("service") ? trigger.service() : trigger.labels().getOrDefault(label, "");
            key.add(label + "=" + value);
        }
        return Clip.to(key.toString(), 500);
    }
}
