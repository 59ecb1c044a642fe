package io.alertify.remediation.http;

import io.alertify.remediation.run.Rejection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for malformed {@code /run-script} bodies; scoped to this package's controllers. */
// Before the application's catch-all handler, which would otherwise answer these with 500.
@Order(0)
@RestControllerAdvice(basePackageClasses = RunScriptController.class)
public class RunScriptProblemHandler {

    static final String TITLE = "Invalid request";

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return Problems.answer(HttpStatus.BAD_REQUEST, TITLE, e.problems());
    }

    /** The body is not JSON at all (a missing body reaches the controller as null and is reported there). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return Problems.answer(HttpStatus.BAD_REQUEST, TITLE, List.of(new Rejection("body", "is not valid JSON")));
    }
}
