package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.detect.Detectors;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.rules.Severity;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alertify.pipeline.anomaly.*}: anomaly detection on every series, without per-series tuning.
 *
 * @param enabled         on by default: every metric gets the {@code auto} detector
 * @param id              part of the incidents' fingerprint; renaming it starts new incidents
 * @param detector        a detector spec ({@code auto}, {@code seasonal}, {@code rcf}, ... see docs/detection.md)
 * @param metrics         only these metrics; empty means every metric
 * @param services        only these services; empty means every service
 * @param minSeverity     anomalies below this severity open no incident (also the default of a backtest)
 * @param quietPeriod     an incident closes after this long without anomalous samples
 * @param reopenWindow    an anomaly this soon after a close re-opens instead of starting anew
 * @param maxReopens      re-opens before a series counts as flapping and must stay quiet a whole window
 * @param checkpointEvery how often learned baselines are saved, so a restart does not relearn them
 * @param learnFor        a new series is scored but opens no incident for this long: a first Monday peak
 *                        or a first quiet weekend is new to the detector, not a problem (thresholds
 *                        still alert from the first sample)
 * @param combined        Random Cut Forest over several metrics of one service at once (e.g. latency and
 *                        error rate together), one entry per configured combination; none by default
 */
@ConfigurationProperties("alertify.pipeline.anomaly")
public record AnomalyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("anomaly") String id,
        @DefaultValue(Detectors.DEFAULT) String detector,
        List<String> metrics,
        List<String> services,
        @DefaultValue("warning") Severity minSeverity,
        @DefaultValue("15m") Duration quietPeriod,
        @DefaultValue("1h") Duration reopenWindow,
        @DefaultValue("3") int maxReopens,
        @DefaultValue("5m") Duration checkpointEvery,
        @DefaultValue("7d") Duration learnFor,
        List<Combined> combined) {

    public AnomalyProperties {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        services = services == null ? List.of() : List.copyOf(services);
        combined = combined == null ? List.of() : List.copyOf(combined);
        var ids = new HashSet<String>();
        for (int i = 0; i < combined.size(); i++) {
            var entry = combined.get(i);
            var prefix = "alertify.pipeline.anomaly.combined[" + i + "]";
            if (entry == null) {
                throw new IllegalArgumentException(prefix + ": must not be empty");
            }
            if (entry.id().equals(id) || !ids.add(entry.id())) {
                throw new IllegalArgumentException(prefix + ".id: '" + entry.id()
                        + "' is used by another anomaly detector");
            }
        }
        try {
            Detectors.create(detector);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alertify.pipeline.anomaly.detector: " + e.getMessage(), e);
        }
    }

    /**
     * {@code alertify.pipeline.anomaly.combined[n]}: one Random Cut Forest per service (and identifying
     * labels) over these metrics together.
     *
     * @param id      part of the incidents' fingerprint, like {@code id}; must differ from the other ids
     * @param metrics two or more metric names scored together, e.g. {@code [latency, error_rate]}
     * @param service     only this service; absent means every service
     * @param minSeverity optional, {@code info} when absent: the forest's calibrated scores rarely reach
     *                    {@code warning} (a jump of both metrics far beyond anything seen scores about 0.54
     *                    after a week of minutely samples), so a stricter minimum would never open one
     */
    public record Combined(String id, List<String> metrics, String service, Severity minSeverity) {

        public Combined {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("id is required");
            }
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
            if (new HashSet<>(metrics).size() < 2 || metrics.size() != new HashSet<>(metrics).size()) {
                throw new IllegalArgumentException("combined '" + id + "': metrics needs two or more different metrics");
            }
            service = service == null || service.isBlank() ? null : service;
        }
    }

    public FlapDamper.Config damping() {
        return new FlapDamper.Config(quietPeriod, reopenWindow, maxReopens);
    }
}
