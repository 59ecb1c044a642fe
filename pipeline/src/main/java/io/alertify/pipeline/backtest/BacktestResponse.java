package io.alertify.pipeline.backtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.alertify.pipeline.detect.Incident;
import io.alertify.pipeline.detect.Severity;
import java.util.List;
import java.util.Locale;

/**
 * What a replay would have opened.
 *
 * @param detector the detector spec that was replayed (a rule shows as its {@code threshold:...} spec)
 * @param samples  points replayed
 */
public record BacktestResponse(String detector, int samples, @JsonProperty("incidents_opened") int incidentsOpened,
                               List<IncidentView> incidents) {

    /**
     * One incident: when it opened, when its last anomalous sample was (null: still open at the end of
     * the series), its worst moment and why.
     */
    public record IncidentView(String start, String end, @JsonProperty("peak_score") double peakScore,
                               String severity, String reason, int reopens, boolean flapping) {

        static IncidentView of(Incident incident) {
            return new IncidentView(incident.start().toString(),
                    incident.end() == null ? null : incident.end().toString(),
                    Math.round(incident.peakScore() * 1000) / 1000.0, severity(incident.severity()),
                    incident.reason(), incident.reopens(), incident.flapping());
        }

        /** An opened incident is at least info, even when its peak score was damped below the info line. */
        private static String severity(Severity severity) {
            return severity == Severity.NONE ? "info" : severity.name().toLowerCase(Locale.ROOT);
        }
    }

    static BacktestResponse of(String detector, int samples, List<Incident> incidents) {
        return new BacktestResponse(detector, samples, incidents.size(),
                incidents.stream().map(IncidentView::of).toList());
    }
}
