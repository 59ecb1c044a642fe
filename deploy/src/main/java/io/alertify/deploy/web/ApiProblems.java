package io.alertify.deploy.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The application's last handler, after the modules' own: Spring MVC's errors (404, 405, 406, 415) as
 * problem details, 503 with {@code Retry-After} when the database cannot be reached (the request can
 * simply be sent again), and a 500 that tells the caller nothing about the insides for everything else.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Long enough for a pool to reconnect after a database restart, short enough to page nobody. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseDown(Exception e) {
        log.warn("answered 503: the database cannot be reached ({})", rootMessage(e));
        return databaseDown();
    }

    static ResponseEntity<ProblemDetail> databaseDown() {
        var problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached "
                + "right now; nothing was changed. Retry after " + RETRY_AFTER_SECONDS + " s.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Whether {@code error}, or what caused it, says the database cannot be reached. */
    static boolean isDatabaseDown(Object error) {
        return Causes.first(error, CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
                DataAccessResourceFailureException.class, TransientDataAccessException.class).isPresent();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var clientFault = ClientFaults.describe(e);
        if (clientFault != null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, clientFault));
        }
        log.error("answered 500 for an unexpected failure", e);
        var problem = ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something failed on Alertify's side; the server log has the details.");
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()); // the log pattern writes control characters as marks
    }
}
