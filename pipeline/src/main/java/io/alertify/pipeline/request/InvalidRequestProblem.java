package io.alertify.pipeline.request;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The RFC 9457 answer to an {@link InvalidRequestException}: 400, every bad field listed in {@code errors}. */
public final class InvalidRequestProblem {

    private InvalidRequestProblem() {
    }

    public static ResponseEntity<ProblemDetail> of(InvalidRequestException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
