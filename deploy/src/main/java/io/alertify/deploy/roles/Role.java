package io.alertify.deploy.roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one Alertify process runs. Like Loki and Mimir, one artifact runs either everything or one part;
 * {@code alertify.roles} is a comma-separated list of these names, or {@code all}.
 */
public enum Role {
    /** HTTP ingest: POST /metrics onto the ingest bus. */
    COLLECTOR,
    /** Detectors, rules and the event generator: ingest bus in, incident events out. */
    PROCESSOR,
    /** Incidents, their API, chat adapters (clicks, commands), dialogs; writes notification jobs. */
    BOT,
    /** Sends the notification jobs to Slack, Telegram and email, paced per destination. */
    NOTIFIER,
    /** Script catalogue and runners, POST /run-script. */
    REMEDIATION;

    public static final String PROPERTY = "alertify.roles";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code all}, a list such as {@code collector,processor}, or the shortcut {@code pipeline}. */
    public static Set<Role> parse(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Role.class);
        }
        var roles = EnumSet.noneOf(Role.class);
        for (var name : value.split(",")) {
            var trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.equals("pipeline")) {
                roles.add(COLLECTOR);
                roles.add(PROCESSOR);
                continue;
            }
            roles.add(Arrays.stream(values())
                    .filter(r -> r.wireName().equals(trimmed))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("alertify.roles: unknown role '" + name.trim()
                            + "'; use all, pipeline, or a list of " + names())));
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("alertify.roles is empty; use all, pipeline, or a list of " + names());
        }
        return roles;
    }

    private static String names() {
        return Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", "));
    }
}
