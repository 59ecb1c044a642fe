package io.alertify.bot.integration;

import java.util.Locale;

/** What a sender speaks: each kind has its decoder and its URL. */
public enum IntegrationKind {
    /** Alertmanager's webhook_configs (payload version 4). */
    ALERTMANAGER,
    /** Grafana alerting's webhook contact point. */
    GRAFANA,
    /** PagerDuty Events API v2: the integration key is the routing_key. */
    PAGERDUTY,
    /** Any JSON, read through a field mapping. */
    WEBHOOK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IntegrationKind parse(String value) {
        if (value != null) {
            for (var kind : values()) {
                if (kind.wireName().equalsIgnoreCase(value.strip())) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("kind must be alertmanager, grafana, pagerduty or webhook");
    }
}
