package io.alertify.pipeline.rules;

import java.util.Locale;

/** How bad a finding is, with the wire names of the incident event contract (PagerDuty's names). */
public enum Severity {
    CRITICAL, ERROR, WARNING, INFO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
