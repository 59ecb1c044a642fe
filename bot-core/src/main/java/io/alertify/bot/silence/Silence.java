package io.alertify.bot.silence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Incidents matching every matcher stay out of chat and paging from {@code startsAt} until {@code endsAt}. */
public record Silence(long id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
                      String comment) {

    public Silence {
        matchers = List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher, or it would mute everything");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts");
        }
    }

    boolean activeAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    boolean matches(Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }
}
