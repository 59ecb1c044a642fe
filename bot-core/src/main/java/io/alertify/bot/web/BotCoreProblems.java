package io.alertify.bot.web;

import io.alertify.bot.BotCoreConfiguration;
import io.alertify.bot.incident.IncidentNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for bot-core's controllers, each naming the field at fault. Ordered first so
 * that it, not a global handler, answers for bot-core's endpoints; other errors (405, 415) are left to
 * the application's global problem-details handler.
 */
@RestControllerAdvice(basePackageClasses = BotCoreConfiguration.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BotCoreProblems {

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field(), e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Cannot do that now", e.field(), e.getMessage());
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(TooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "body", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.field(), e.getMessage());
    }

    @ExceptionHandler(IncidentNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(IncidentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Incident not found", "id", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.field(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getName(), "'" + e.getValue() + "' is not valid");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            var field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", field, "has the wrong type");
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "body", "is not valid JSON");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String field,
            String message) {
        var problem = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.status(status).body(problem);
    }
}
