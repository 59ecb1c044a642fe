package io.alertify.pipeline.backtest;

import io.alertify.pipeline.anomaly.AnomalyProperties;
import io.alertify.pipeline.detect.IncidentReplay;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.TimestampRange;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /backtest}: "what would this rule have done last night?". The series goes through a
 * fresh detector with the live damping and minimum severity ({@link IncidentReplay}); nothing is
 * stored, published or sent to chat. The body is read as bytes and parsed by
 * {@link BacktestRequestReader}, so every bad field is named in the 400 answer.
 */
@RestController
public class BacktestController {

    private final BacktestRequestReader reader;

    /**
     * @param live   the running processor's anomaly settings: the defaults of every replay
     * @param limits the intake's limits; a backtest takes the timestamps the live intake takes
     */
    public BacktestController(AnomalyProperties live, IntakeLimits limits, Clock clock) {
        this.reader = new BacktestRequestReader(live.damping(), live.minSeverity(),
                new TimestampRange(limits.timestampRange()), clock);
    }

    @PostMapping(path = "/backtest", produces = MediaType.APPLICATION_JSON_VALUE)
    public BacktestResponse backtest(@RequestBody(required = false) byte[] body) {
        var request = reader.read(body);
        var incidents = IncidentReplay.replay(request.series(), request.detectorSpec(), request.damping(),
                request.minSeverity());
        return BacktestResponse.of(request, incidents);
    }
}
