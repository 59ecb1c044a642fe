package io.alertify.conversations.settings;

import io.alertify.bot.api.Severity;
import io.alertify.conversations.engine.DialogState;
import io.alertify.conversations.severity.SeverityNames;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The severities toggled on so far, kept in the dialog data as wire names ("critical,error"). */
record SeveritySelection(Set<Severity> severities) {

    private static final String KEY = "severities";

    SeveritySelection {
        severities = Set.copyOf(severities);
    }

    static SeveritySelection of(Collection<Severity> severities) {
        return new SeveritySelection(Set.copyOf(severities));
    }

    static SeveritySelection from(DialogState state) {
        var stored = state.get(KEY, "");
        return of(Arrays.stream(stored.split(","))
                .flatMap(value -> SeverityNames.fromValue(value).stream())
                .collect(Collectors.toSet()));
    }

    SeveritySelection toggle(Severity severity) {
        var next = EnumSet.noneOf(Severity.class);
        next.addAll(severities);
        if (!next.remove(severity)) {
            next.add(severity);
        }
        return new SeveritySelection(next);
    }

    boolean contains(Severity severity) {
        return severities.contains(severity);
    }

    boolean isEmpty() {
        return severities.isEmpty();
    }

    DialogState toState(String name) {
        var stored = Arrays.stream(Severity.values())
                .filter(severities::contains)
                .map(Severity::wireName)
                .collect(Collectors.joining(","));
        return new DialogState(name, Map.of(KEY, stored));
    }
}
