package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.detect.Detector;
import io.alertify.pipeline.detect.Score;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.Finding;
import io.alertify.pipeline.rules.SeriesDetector;
import java.time.Instant;

/**
 * One series under anomaly detection: the detector scores each sample and the {@link AnomalyGate} turns
 * the scores into at most one open incident per episode, so a noisy series does not page anyone.
 */
final class AnomalySeriesDetector implements SeriesDetector {

    private final String id;
    private final String spec;
    private final Detector detector;
    private final AnomalyGate gate;
    private MetricSample last;

    AnomalySeriesDetector(String id, String spec, Detector detector, AnomalyGate gate) {
        this.id = id;
        this.spec = spec;
        this.detector = detector;
        this.gate = gate;
    }

    @Override
    public Decision observe(MetricSample sample) {
        last = sample;
        return decide(sample, sample.timestamp(), detector.sample(sample.timestamp().toEpochMilli(), sample.value()));
    }

    /** Silence of a series that normally reports is scored like a sample of it. */
    @Override
    public Decision overdue(Instant now) {
        if (last == null || !now.isAfter(last.timestamp())) {
            return Decision.NOTHING;
        }
        return decide(last, now, detector.overdue(now.toEpochMilli()));
    }

    @Override
    public void resume(Instant openedAt) {
        gate.resumeOpen(openedAt);
    }

    private Decision decide(MetricSample sample, Instant at, Score score) {
        return switch (gate.offer(at, score)) {
            case OPENED, REOPENED -> new Decision.Fire(finding(sample, gate.peak()));
            case CLOSED -> recovered(sample);
            case NONE, UPDATED -> Decision.NOTHING;
        };
    }

    Detector detector() {
        return detector;
    }

    AnomalyGate gate() {
        return gate;
    }

    private Decision recovered(MetricSample sample) {
        var finding = finding(sample, gate.peak());
        gate.forgetPeak();
        return new Decision.Recover(finding);
    }

    private Finding finding(MetricSample sample, Score score) {
        var reason = score.reason().isBlank() ? "unusual values" : score.reason();
        return new Finding(id, score.severity().incident(), sample.metric() + " anomaly (" + spec + ")",
                "%s: %s (last %s, score %.2f)".formatted(sample.metric(), reason, AnomalyGate.format(sample.value()),
                        score.score()));
    }

    @Override
    public String toString() {
        return "anomaly detector " + spec + (gate.firstSeen() == null ? "" : " since " + gate.firstSeen());
    }
}
