package io.alertify.pipeline.collector;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.alertify.pipeline.request.BatchLimits;
import io.alertify.pipeline.request.IntakeLimits;
import io.alertify.pipeline.request.JsonRequestBody;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/metrics}: OTLP/HTTP, protobuf ({@code application/x-protobuf}) or JSON
 * ({@code application/json}), gzip or not. As the OTLP specification asks, a request that was read is
 * answered 200 in its own encoding, with a partial success naming what was rejected; only one that cannot
 * be read at all is 400.
 */
@RestController
public class OtlpController {

    private static final MediaType PROTOBUF = MediaType.parseMediaType("application/x-protobuf");

    private final Otlp protocol;
    private final BatchIntake intake;
    private final long maxBody;
    private final Clock clock;

    public OtlpController(BatchIntake intake, IntakeLimits limits, BatchLimits batch, Clock clock) {
        this.protocol = new Otlp(new SampleRules(limits), batch.maxSamples());
        this.intake = intake;
        this.maxBody = batch.maxBody().toBytes();
        this.clock = clock;
    }

    @PostMapping("/v1/metrics")
    public ResponseEntity<byte[]> export(HttpServletRequest request) throws IOException {
        var json = request.getContentType() != null && request.getContentType().toLowerCase().contains("json");
        var body = BatchBody.read(request, maxBody);
        ExportMetricsServiceRequest parsed;
        try {
            if (json) {
                var builder = ExportMetricsServiceRequest.newBuilder();
                JsonFormat.parser().ignoringUnknownFields().merge(new String(body, StandardCharsets.UTF_8), builder);
                parsed = builder.build();
            } else {
                parsed = ExportMetricsServiceRequest.parseFrom(body);
            }
        } catch (InvalidProtocolBufferException e) {
            throw JsonRequestBody.invalid("body", "is not an OTLP ExportMetricsServiceRequest in "
                    + (json ? "JSON" : "protobuf") + " (" + e.getMessage() + ")");
        }
        var batch = protocol.read(parsed, clock.instant());
        intake.admit(batch);
        var response = ExportMetricsServiceResponse.newBuilder();
        if (!batch.refused().isEmpty()) {
            response.setPartialSuccess(ExportMetricsPartialSuccess.newBuilder()
                    .setRejectedDataPoints(batch.refused().size())
                    .setErrorMessage(batch.refused().stream().limit(20).map(r -> r.where() + ": " + r.why())
                            .collect(Collectors.joining("; "))));
        }
        if (json) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(JsonFormat.printer().print(response).getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(PROTOBUF).body(response.build().toByteArray());
    }
}
