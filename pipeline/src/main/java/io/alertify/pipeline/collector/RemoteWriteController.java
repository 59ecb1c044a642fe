package io.alertify.pipeline.collector;

import io.alertify.pipeline.request.BatchLimits;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.JsonRequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xerial.snappy.Snappy;

/**
 * {@code POST /api/v1/write}: Prometheus remote_write (and vmagent, Grafana Agent, OpenTelemetry's
 * exporter). Prometheus retries 5xx and 429 and drops 4xx, so a body that cannot be read is 400 and
 * only a full bus or budget asks it to come back.
 */
@RestController
public class RemoteWriteController {

    private final RemoteWrite protocol;
    private final BatchIntake intake;
    private final long maxBody;
    private final Clock clock;

    public RemoteWriteController(BatchIntake intake, IntakeLimits limits, BatchLimits batch, Clock clock) {
        this.protocol = new RemoteWrite(new SampleRules(limits), batch.maxSamples());
        this.intake = intake;
        this.maxBody = batch.maxBody().toBytes();
        this.clock = clock;
    }

    @PostMapping("/api/v1/write")
    public ResponseEntity<?> write(HttpServletRequest request) throws IOException {
        var compressed = JsonRequestBody.bounded(request.getInputStream(), request.getContentLengthLong(), maxBody);
        byte[] raw;
        try {
            var length = Snappy.uncompressedLength(compressed);
            if (length > maxBody) {
                throw new io.alertify.pipeline.request.BodyTooLargeException(maxBody);
            }
            raw = Snappy.uncompress(compressed);
        } catch (IOException e) {
            throw JsonRequestBody.invalid("body", "is not snappy-compressed (remote_write sends Content-Encoding: snappy)");
        }
        return intake.take(protocol.read(raw, clock.instant()));
    }
}
