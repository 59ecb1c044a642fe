package io.alertify.deploy.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Boot's: every error that reaches it (a filter that
 * gave up, a response sent with {@code sendError}) is answered as problem+json, without a stack trace.
 * A database that cannot be reached is 503 with {@code Retry-After}, as in the controllers. Asked for
 * directly ({@code GET /error}), there is no error to show: 404.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (ApiProblems.isDatabaseDown(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // A filter (the token check reads the revocation list) found the database down.
            return ApiProblems.databaseDown();
        }
        var clientFault = ClientFaults.describe(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (clientFault != null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.problem(HttpStatus.BAD_REQUEST, clientFault));
        }
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        ProblemDetail problem;
        if (status == null || !status.isError()) {
            problem = ProblemResponses.problem(HttpStatus.NOT_FOUND, "There is nothing at /error.");
        } else {
            problem = ProblemResponses.problem(status, detail(status, request));
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var where = uri == null ? "" : " (" + uri + ")";
        return switch (status) {
            case NOT_FOUND -> "Nothing is here" + where + ". The README lists the API's paths.";
            case INTERNAL_SERVER_ERROR -> "Something failed on Alertify's side" + where
                    + "; the server log has the details.";
            default -> status.getReasonPhrase() + where + ".";
        };
    }
}
