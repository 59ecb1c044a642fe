package io.alertify.pipeline.backtest;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for {@code POST /backtest}, naming every field the caller has to fix. */
@RestControllerAdvice(basePackageClasses = BacktestExceptionHandler.class)
public class BacktestExceptionHandler {

    @ExceptionHandler(InvalidBacktestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidBacktestException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
