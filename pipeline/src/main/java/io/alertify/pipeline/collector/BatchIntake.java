package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.IngestBus;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A decoded batch onto the ingest bus, within the series budget: 204 when all of it was taken; 400 naming
 * every refused part when some was not, the rest taken (InfluxDB's partial write, with its {@code error}
 * line for its clients).
 */
public final class BatchIntake {

    private final IngestBus bus;
    private final SeriesBudget budget;

    public BatchIntake(IngestBus bus, SeriesBudget budget) {
        this.bus = bus;
        this.budget = budget;
    }

    ResponseEntity<?> take(Batch batch) {
        admit(batch);
        if (batch.refused().isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        var first = batch.refused().getFirst();
        var detail = "partial write: " + batch.refused().size() + " refused, " + batch.samples().size()
                + " samples taken; first: " + first.where() + ": " + first.why();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Some of the batch was refused");
        problem.setProperty("error", detail);
        problem.setProperty("taken", batch.samples().size());
        problem.setProperty("errors", batch.refused().stream().limit(100)
                .map(r -> Map.of("field", r.where(), "message", r.why())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The batch's samples onto the bus, within the budget; the answer is the protocol's. */
    void admit(Batch batch) {
        if (!batch.samples().isEmpty()) {
            budget.admit(batch.samples());
            bus.publish(batch.samples());
        }
    }
}
