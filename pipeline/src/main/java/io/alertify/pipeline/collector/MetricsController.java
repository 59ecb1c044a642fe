package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.IngestBus;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.JsonRequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
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

    public MetricsController(IngestBus bus, IntakeLimits limits, SeriesBudget budget, Clock clock) {
        this.bus = bus;
        this.budget = budget;
        this.clock = clock;
        this.reader = new MetricsRequestReader(limits);
        this.maxBody = limits.maxBody().toBytes();
    }

    @PostMapping(path = "/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> receive(HttpServletRequest request) throws IOException {
        var body = JsonRequestBody.bounded(request.getInputStream(), request.getContentLengthLong(), maxBody);
        var samples = reader.read(body, clock.instant());
        budget.admit(samples);
        bus.publish(samples);
        return RECEIVED;
    }
}
