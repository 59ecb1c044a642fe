package io.alertify.remediation.api;

import java.util.Locale;

public enum RunStatus {
    /** The script ran and did what it says. */
    SUCCEEDED,
    /** The script ran and failed; the logs say where. */
    FAILED,
    /** The script did not run: unknown script or parameters that break its schema. */
    REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
