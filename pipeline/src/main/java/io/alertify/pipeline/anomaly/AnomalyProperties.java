package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.detect.Detectors;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.rules.Severity;
import java.time.Duration;
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
 * @param minSeverity     anomalies below this severity are shown in backtests but open no incident
 * @param quietPeriod     an incident closes after this long without anomalous samples
 * @param reopenWindow    an anomaly this soon after a close re-opens instead of starting anew
 * @param maxReopens      re-opens before a series counts as flapping and must stay quiet a whole window
 * @param checkpointEvery how often learned baselines are saved, so a restart does not relearn them
 * @param learnFor        a new series is scored but opens no incident for this long: a first Monday peak
 *                        or a first quiet weekend is new to the detector, not a problem (thresholds
 *                        still alert from the first sample)
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
        @DefaultValue("7d") Duration learnFor) {

    public AnomalyProperties {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        services = services == null ? List.of() : List.copyOf(services);
        try {
            Detectors.create(detector);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alertify.pipeline.anomaly.detector: " + e.getMessage(), e);
        }
    }

    public FlapDamper.Config damping() {
        return new FlapDamper.Config(quietPeriod, reopenWindow, maxReopens);
    }
}
