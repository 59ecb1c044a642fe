package io.alertify.pipeline.backtest;

import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.IncidentReplay;
import java.util.List;

/**
 * A valid {@code POST /backtest} body.
 *
 * @param detectorSpec the detector spec the series is replayed through; a rule arrives here already
 *                     turned into a {@code threshold:...} spec
 * @param series       the points in time order
 * @param damping      flap damping of the replayed incidents
 */
record BacktestRequest(String detectorSpec, List<IncidentReplay.Point> series, FlapDamper.Config damping) {
}
