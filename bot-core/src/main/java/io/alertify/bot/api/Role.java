package io.alertify.bot.api;

import java.util.Locale;

/**
 * What a person may do, the same on HTTP and in chat. Each role includes the ones before it: an
 * engineer may do what a user may, an admin what an engineer may.
 */
public enum Role {
    /** Views incidents. Unknown chat users get this role. */
    USER,
    /** Acts on incidents, runs remediation scripts and chooses what a chat gets. */
    ENGINEER,
    /** Changes settings, scripts and users. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Role parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown role '" + value + "'; expected user, engineer or admin");
        }
    }
}
