package io.alertify.pipeline.backtest;

import io.alertify.pipeline.request.InvalidRequestException;
import io.alertify.pipeline.request.InvalidRequestProblem;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for {@code POST /backtest}, naming every field the caller has to fix. */
@RestControllerAdvice(basePackageClasses = BacktestExceptionHandler.class)
public class BacktestExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return InvalidRequestProblem.of(e);
    }
}
