package io.alertify.telegram.webhook;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 answers for the webhook: 401 for a wrong or missing secret, 400 for a body that is no update. */
// Before the application's catch-all handler, which would otherwise answer these with 500.
@Order(0)
@RestControllerAdvice(basePackageClasses = TelegramWebhookController.class)
public class TelegramWebhookErrors {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookErrors.class);

    @ExceptionHandler(TelegramWebhookController.WebhookRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(TelegramWebhookController.WebhookRejectedException e) {
        // Never log what was presented: it may be a near miss of the real secret.
        log.warn("Rejected a Telegram webhook request: {}", e.getMessage());
        return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage(), "header", WebhookSecret.HEADER);
    }

    @ExceptionHandler(TelegramWebhookController.InvalidUpdateException.class)
    ResponseEntity<ProblemDetail> invalid(TelegramWebhookController.InvalidUpdateException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), "field", "body");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            String kind, String name) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of(kind, name, "message", detail)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
