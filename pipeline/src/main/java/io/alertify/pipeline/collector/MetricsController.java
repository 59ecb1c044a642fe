package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.IngestBus;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /metrics}: the HTTP collector. It answers {@code {"status":"received"}} only after the
 * samples are on the ingest bus; a full bus gives 429 with {@code Retry-After}, a bad body 400 naming
 * the field (see {@link CollectorExceptionHandler}). The body is read as bytes and parsed here, so a
 * client that forgets {@code Content-Type: application/json} is still understood.
 */
@RestController
public class MetricsController {

    private static final Map<String, String> RECEIVED = Map.of("status", "received");

    private final IngestBus bus;
    private final Clock clock;
    private final MetricsRequestReader reader = new MetricsRequestReader();

    public MetricsController(IngestBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    @PostMapping(path = "/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> receive(@RequestBody(required = false) byte[] body) {
        bus.publish(reader.read(body, clock.instant()));
        return RECEIVED;
    }
}
