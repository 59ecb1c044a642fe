package io.alertify.pipeline.backtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.alertify.pipeline.detect.Incident;
import io.alertify.pipeline.rules.Severity;
import java.util.List;

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

        static IncidentView of(Incident incident, Severity severity) {
            return new IncidentView(incident.start().toString(),
                    incident.end() == null ? null : incident.end().toString(),
                    Math.round(incident.peakScore() * 1000) / 1000.0, severity.wireName(),
                    incident.reason(), incident.reopens(), incident.flapping());
        }
    }

    static BacktestResponse of(BacktestRequest request, List<Incident> incidents) {
        return new BacktestResponse(request.detectorSpec(), request.series().size(), incidents.size(),
                incidents.stream().map(incident -> IncidentView.of(incident, request.severityOf(incident))).toList());
    }
}
