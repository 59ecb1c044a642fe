package io.alertify.bot.integration;

import io.alertify.bot.api.Severity;
import java.util.Locale;
import java.util.Map;

/** What senders call severities, to ours: Alertmanager rules use anything; these are the common ones. */
final class SeverityNames {

    private static final Map<String, Severity> NAMES = Map.ofEntries(
            Map.entry("critical", Severity.CRITICAL), Map.entry("crit", Severity.CRITICAL),
            Map.entry("page", Severity.CRITICAL), Map.entry("p1", Severity.CRITICAL), Map.entry("fatal", Severity.CRITICAL),
            Map.entry("emergency", Severity.CRITICAL), Map.entry("alert", Severity.CRITICAL),
            Map.entry("error", Severity.ERROR), Map.entry("err", Severity.ERROR), Map.entry("high", Severity.ERROR),
            Map.entry("major", Severity.ERROR), Map.entry("p2", Severity.ERROR),
            Map.entry("warning", Severity.WARNING), Map.entry("warn", Severity.WARNING),
            Map.entry("medium", Severity.WARNING), Map.entry("minor", Severity.WARNING), Map.entry("p3", Severity.WARNING),
            Map.entry("info", Severity.INFO), Map.entry("low", Severity.INFO), Map.entry("none", Severity.INFO),
            Map.entry("p4", Severity.INFO), Map.entry("p5", Severity.INFO), Map.entry("notice", Severity.INFO));

    private SeverityNames() {
    }

    /** The severity a sender's word means, or {@code fallback} for a word nobody agreed on. */
    static Severity of(String word, Severity fallback) {
        if (word == null) {
            return fallback;
        }
        return NAMES.getOrDefault(word.strip().toLowerCase(Locale.ROOT), fallback);
    }
}
