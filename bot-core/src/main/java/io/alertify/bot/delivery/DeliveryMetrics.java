package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivery as {@code /actuator/prometheus} shows it, per channel and destination:
 * {@code alertify_notifications_queued}, {@code alertify_notifications_oldest_age_seconds}, and the
 * counters {@code alertify_notifications_sent_total}, {@code _retried_total}, {@code _rate_limited_total}
 * and {@code _failed_total} (with {@code reason} broken, refused or expired). docs/runbook-delivery.md
 * says what to do when they move.
 */
final class DeliveryMetrics {

    private final MeterRegistry registry;
    private final MultiGauge queued;
    private final MultiGauge oldestAge;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.queued = MultiGauge.builder("alertify.notifications.queued")
                .description("Messages waiting for a destination").register(registry);
        this.oldestAge = MultiGauge.builder("alertify.notifications.oldest.age").baseUnit("seconds")
                .description("Age of the oldest message waiting for a destination").register(registry);
    }

    void sent(Destination destination) {
        counter("alertify.notifications.sent", destination, null).increment();
    }

    void retried(Destination destination) {
        counter("alertify.notifications.retried", destination, null).increment();
    }

    void rateLimited(Destination destination) {
        counter("alertify.notifications.rate.limited", destination, null).increment();
    }

    void failed(Destination destination, String reason) {
        counter("alertify.notifications.failed", destination, reason).increment();
    }

    /** Replaces the gauges with the backlog as it is now; destinations with nothing queued show 0. */
    void backlog(List<JobStore.Backlog> backlog, List<Destination> known, Instant now) {
        var rows = new java.util.HashMap<Destination, JobStore.Backlog>();
        backlog.forEach(b -> rows.put(b.destination(), b));
        known.forEach(d -> rows.putIfAbsent(d, new JobStore.Backlog(d, 0, null)));
        queued.register(rows.values().stream()
                .map(b -> MultiGauge.Row.of(tags(b.destination(), null), b.jobs())).toList(), true);
        oldestAge.register(rows.values().stream()
                .map(b -> MultiGauge.Row.of(tags(b.destination(), null),
                        b.oldest() == null ? 0.0 : Duration.between(b.oldest(), now).toMillis() / 1000.0))
                .toList(), true);
    }

    private Counter counter(String name, Destination destination, String reason) {
        return Counter.builder(name).tags(tags(destination, reason)).register(registry);
    }

    private static Tags tags(Destination destination, String reason) {
        var tags = Tags.of("channel", destination.channel().wireName(), "destination", destination.address());
        return reason == null ? tags : tags.and("reason", reason);
    }
}
