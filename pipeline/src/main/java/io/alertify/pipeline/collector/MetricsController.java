package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.request.BatchLimits;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.JsonRequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /metrics}: the HTTP collector. It answers {@code {"status":"received"}} only after the
 * samples are on the ingest bus; a full bus, or series over the {@link SeriesBudget}, give 429 with {@code Retry-After}, a bad body 400 naming
 * the field and the limit (see {@link CollectorExceptionHandler}). The body is read as bytes, at most
 * {@code max-body} of them, and parsed here, so a client that forgets
 * {@code Content-Type: application/json} is still understood.
 */
@RestController
public class MetricsController {

    private static final Map<String, String> RECEIVED = Map.of("status", "received");

    private final IngestBus bus;
    private final Clock clock;
    private final MetricsRequestReader reader;
    private final long maxBody;
    private final SeriesBudget budget;
    private final BatchIntake batches;
    private final long maxBatchBody;
    private final int maxBatchSamples;

    public MetricsController(IngestBus bus, IntakeLimits limits, BatchLimits batchLimits, SeriesBudget budget,
            Clock clock) {
        this.bus = bus;
        this.batches = new BatchIntake(bus, budget);
        this.maxBatchBody = Math.max(limits.maxBody().toBytes(), batchLimits.maxBody().toBytes());
        this.maxBatchSamples = batchLimits.maxSamples();
        this.budget = budget;
        this.clock = clock;
        this.reader = new MetricsRequestReader(limits);
        this.maxBody = limits.maxBody().toBytes();
    }

    /**
     * One object, or a JSON array of them (up to {@code alertify.pipeline.batch-limits}): an array answers
     * like the other batch protocols, 204 when all of it was taken, 400 naming each refused element else.
     */
    @PostMapping(path = "/metrics", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        var body = JsonRequestBody.bounded(request.getInputStream(), request.getContentLengthLong(), maxBatchBody);
        var root = JsonRequestBody.tree(body);
        if (root.isArray()) {
            return batches.take(reader.readBatch(root, clock.instant(), maxBatchSamples));
        }
        if (body.length > maxBody) {
            throw new io.alertify.pipeline.request.BodyTooLargeException(maxBody);
        }
        var samples = reader.read(body, clock.instant());
        budget.admit(samples);
        bus.publish(samples);
        return ResponseEntity.ok(RECEIVED);
    }
}
