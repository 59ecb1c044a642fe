package io.alertify.pipeline.backtest;

import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.Incident;
import io.alertify.pipeline.detect.IncidentReplay;
import io.alertify.pipeline.rules.Severity;
import java.time.Duration;
import java.util.List;

/**
 * A valid {@code POST /backtest} body.
 *
 * @param detectorSpec the detector spec the series is replayed through; a rule arrives here already
 *                     turned into a {@code threshold:...} spec
 * @param series       the points in time order
 * @param damping      flap damping of the replayed incidents; none for a rule, which has its own hysteresis
 * @param minSeverity  the least severe incident that opens
 * @param ruleSeverity the severity of a rule's incidents; null for a detector, whose severity follows its score
 */
record BacktestRequest(String detectorSpec, List<IncidentReplay.Point> series, FlapDamper.Config damping,
                       Severity minSeverity, Severity ruleSeverity) {

    /** Live rules are not damped: they open on their own {@code for} and close on their own recovery. */
    static final FlapDamper.Config UNDAMPED = new FlapDamper.Config(Duration.ZERO, Duration.ZERO, 0);

    /** The severity an incident of this replay gets. */
    Severity severityOf(Incident incident) {
        return ruleSeverity != null ? ruleSeverity : incident.severity().incident();
    }
}
