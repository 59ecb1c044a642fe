package io.alertify.pipeline.collector;

import io.alertify.pipeline.request.BatchLimits;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.JsonRequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * InfluxDB's write endpoints, {@code POST /write} (1.x, {@code precision=n|u|ms|s|m|h}) and
 * {@code POST /api/v2/write} (2.x, {@code precision=ns|us|ms|s}): line protocol onto the ingest bus, so an
 * Influx client or Telegraf needs only Alertify's URL. {@code db}, {@code org} and {@code bucket} are
 * accepted and not needed.
 */
@RestController
public class LineProtocolController {

    private final LineProtocol protocol;
    private final BatchIntake intake;
    private final long maxBody;
    private final Clock clock;

    public LineProtocolController(BatchIntake intake, IntakeLimits limits, BatchLimits batch, Clock clock) {
        this.protocol = new LineProtocol(new SampleRules(limits), batch.maxSamples());
        this.intake = intake;
        this.maxBody = batch.maxBody().toBytes();
        this.clock = clock;
    }

    @PostMapping({"/write", "/api/v2/write"})
    public ResponseEntity<?> write(HttpServletRequest request, @RequestParam(required = false) String precision)
            throws IOException {
        LineProtocol.Precision parsed;
        try {
            parsed = LineProtocol.Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw JsonRequestBody.invalid("precision", e.getMessage());
        }
        var body = new String(BatchBody.read(request, maxBody), StandardCharsets.UTF_8);
        return intake.take(protocol.read(body, parsed, clock.instant()));
    }
}
