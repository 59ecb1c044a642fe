package io.alertify.bot.integration;

/** What to paste into the sender, per kind: the shortest configuration that works. */
final class Snippets {

    private Snippets() {
    }

    static String of(IntegrationKind kind, String url, String key) {
        return switch (kind) {
            case ALERTMANAGER -> """
                    # alertmanager.yml
                    route:
                      receiver: alertify
                    receivers:
                      - name: alertify
                        webhook_configs:
                          - url: %s
                            send_resolved: true
                    """.formatted(url);
            case GRAFANA -> """
                    Grafana: Alerting > Contact points > New contact point > Integration: Webhook
                      URL: %s
                      HTTP method: POST
                    """.formatted(url);
            case PAGERDUTY -> """
                    # any PagerDuty Events API v2 sender: its events URL and routing key, e.g. alertmanager.yml
                    receivers:
                      - name: alertify
                        pagerduty_configs:
                          - url: %s
                            routing_key: %s
                    """.formatted(url, key);
            case WEBHOOK -> """
                    curl -X POST -H 'Content-Type: application/json' %s -d '{ ...the fields of your mapping... }'
                    """.formatted(url);
        };
    }
}
