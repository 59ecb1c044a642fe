package io.alertify.bot.api;

import java.util.Locale;

/** Lifecycle of an incident; names match PagerDuty's. */
public enum IncidentStatus {
    TRIGGERED, ACKNOWLEDGED, RESOLVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return this != RESOLVED;
    }
}
