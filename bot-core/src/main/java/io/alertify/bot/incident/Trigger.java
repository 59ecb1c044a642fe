package io.alertify.bot.incident;

import io.alertify.bot.api.Severity;
import java.time.Instant;
import java.util.Map;

/** A problem reported as firing: opens an incident, or repeats on the active one with the same key. */
public record Trigger(
        String dedupKey,
        Severity severity,
        String service,
        String title,
        String summary,
        String source,
        Map<String, String> labels,
        String evidence,
        Instant occurredAt) {

    public Trigger {
        labels = Map.copyOf(labels);
    }
}
