package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.BusClosedException;
import io.alertify.pipeline.bus.BusFullException;
import io.alertify.pipeline.request.BodyTooLargeException;
import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.InvalidRequestProblem;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json answers for the collector's endpoints, each naming what the caller can fix. */
// Before the application's catch-all handler, which would otherwise answer these with 500.
@Order(0)
@RestControllerAdvice(basePackageClasses = CollectorExceptionHandler.class)
public class CollectorExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return InvalidRequestProblem.of(e);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Body too large");
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "body", "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** Retrying soon does not help; a minute is about when idle series may have made room. */
    @ExceptionHandler(SeriesBudget.OverBudgetException.class)
    ResponseEntity<ProblemDetail> overBudget(SeriesBudget.OverBudgetException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many series");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }

    @ExceptionHandler(BusFullException.class)
    ResponseEntity<ProblemDetail> full(BusFullException e) {
        return retryLater(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage(), e.retryAfter());
    }

    @ExceptionHandler(BusClosedException.class)
    ResponseEntity<ProblemDetail> closed(BusClosedException e) {
        return retryLater(HttpStatus.SERVICE_UNAVAILABLE, "Shutting down", e.getMessage(), e.retryAfter());
    }

    private static ResponseEntity<ProblemDetail> retryLater(HttpStatus status, String title, String reason,
                                                            Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        var problem = ProblemDetail.forStatusAndDetail(status, reason + "; nothing was accepted, retry after "
                + seconds + " s");
        problem.setTitle(title);
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }
}
