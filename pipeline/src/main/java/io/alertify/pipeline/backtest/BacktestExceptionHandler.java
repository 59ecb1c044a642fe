package io.alertify.pipeline.backtest;

import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.InvalidRequestProblem;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for {@code POST /backtest}, naming every field the caller has to fix. */
// Before the application's catch-all handler, which would otherwise answer these with 500.
@Order(0)
@RestControllerAdvice(basePackageClasses = BacktestExceptionHandler.class)
public class BacktestExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return InvalidRequestProblem.of(e);
    }
}
