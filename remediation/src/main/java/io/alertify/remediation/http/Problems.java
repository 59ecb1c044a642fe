package io.alertify.remediation.http;

import io.alertify.remediation.run.Rejection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 answers in the shape all Alertify modules share: a detail line plus {@code errors} per field. */
final class Problems {

    private Problems() {
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, List<Rejection> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                problems.stream().map(Rejection::describe).collect(Collectors.joining("; ")));
        problem.setTitle(title);
        problem.setProperty("errors", problems);
        return ResponseEntity.status(status).body(problem);
    }
}
