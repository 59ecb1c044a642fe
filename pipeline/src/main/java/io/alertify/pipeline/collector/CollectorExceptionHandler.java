package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.BusClosedException;
import io.alertify.pipeline.bus.BusFullException;
import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.InvalidRequestProblem;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json answers for the collector's endpoints, each naming what the caller can fix. */
@RestControllerAdvice(basePackageClasses = CollectorExceptionHandler.class)
public class CollectorExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return InvalidRequestProblem.of(e);
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
