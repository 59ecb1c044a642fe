package io.alertify.pipeline.events;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.publish.EventEnvelope;
import io.alertify.pipeline.publish.IncidentEventPublisher;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.Finding;
import io.alertify.pipeline.rules.Point;
import io.alertify.pipeline.rules.SeriesKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns detector decisions into incident events: fingerprints the problem, asks the active-incident
 * cache whether it is already open (one trigger per problem, one resolve on recovery), builds the v1
 * event with its evidence and publishes it. The cache changes only after the publisher accepted the
 * event, so a failed publish is never mistaken for an open incident.
 */
public final class EventGenerator {

    private static final Logger log = LoggerFactory.getLogger(EventGenerator.class);

    private final ActiveIncidentCache cache;
    private final IncidentEventPublisher publisher;

    public EventGenerator(ActiveIncidentCache cache, IncidentEventPublisher publisher) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * @param sample the sample that decided; its time is {@code occurred_at}, its labels (pod included)
     *               go into the event so that Restart Pod finds the pod
     * @param evidence the series' last points, oldest first
     */
    public void onDecision(Decision decision, SeriesKey series, MetricSample sample, List<Point> evidence) {
        switch (decision) {
            case Decision.Nothing nothing -> {
            }
            case Decision.Fire fire -> trigger(fire.finding(), series, sample, evidence);
            case Decision.Recover recover -> resolve(recover.finding(), series, sample, evidence);
        }
    }

    /**
     * When the incident that {@code detectorId} opened for {@code series} opened, if it is still open: how a
     * restarted processor learns which of its new detectors must {@link io.alertify.pipeline.rules.SeriesDetector#resume}.
     */
    public Optional<Instant> openIncident(String detectorId, SeriesKey series) {
        return cache.openedAt(dedupKey(detectorId, series));
    }

    private static String dedupKey(String detectorId, SeriesKey series) {
        return Fingerprint.of(detectorId, series.service(), series.identifyingLabels());
    }

    private void trigger(Finding finding, SeriesKey series, MetricSample sample, List<Point> evidence) {
        var dedupKey = dedupKey(finding.detectorId(), series);
        if (cache.openedAt(dedupKey).isPresent()) {
            return;
        }
        publish(IncidentEventV1.Action.TRIGGER, dedupKey, finding, sample, evidence);
        cache.open(dedupKey, sample.timestamp());
    }

    private void resolve(Finding finding, SeriesKey series, MetricSample sample, List<Point> evidence) {
        var dedupKey = dedupKey(finding.detectorId(), series);
        if (cache.openedAt(dedupKey).isEmpty()) {
            return;
        }
        publish(IncidentEventV1.Action.RESOLVE, dedupKey, finding, sample, evidence);
        cache.close(dedupKey);
    }

    private void publish(IncidentEventV1.Action action, String dedupKey, Finding finding, MetricSample sample,
                         List<Point> evidence) {
        var event = build(action, dedupKey, finding, sample, evidence);
        publisher.publish(new EventEnvelope(event.eventId(), event.severity(), IncidentEventJson.write(event)));
        log.info("{} {} {} [{}]", action.wireName(), sample.service(), finding.summary(), dedupKey);
    }

    static IncidentEventV1 build(IncidentEventV1.Action action, String dedupKey, Finding finding, MetricSample sample,
                                 List<Point> evidence) {
        var labels = new TreeMap<>(sample.labels());
        labels.put("metric", sample.metric());
        var points = evidence.stream().map(p -> new IncidentEventV1.SeriesPoint(p.at(), p.value())).toList();
        return new IncidentEventV1(
                IncidentEventV1.SCHEMA,
                UUID.randomUUID().toString(),
                action,
                dedupKey,
                sample.timestamp(),
                finding.severity().wireName(),
                sample.service(),
                finding.summary(),
                IncidentEventV1.SOURCE,
                new IncidentEventV1.Rule(finding.detectorId(), finding.expression()),
                labels,
                new IncidentEventV1.Evidence(List.of(new IncidentEventV1.Series(sample.metric(), points)), List.of(),
                        List.of()));
    }
}
