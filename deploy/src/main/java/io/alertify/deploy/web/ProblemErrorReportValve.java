package io.alertify.deploy.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last word on an error that never reached the application (a malformed URL, a request the
 * connector refused): problem+json instead of Tomcat's HTML page, and never a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var status = HttpStatus.resolve(code);
        var problem = ProblemResponses.problem(status == null ? HttpStatus.BAD_REQUEST : status,
                code >= 500 ? "Something failed on Alertify's side; the server log has the details."
                        : "The request could not be understood (" + (status == null ? code : status.getReasonPhrase())
                        + ").");
        problem.setStatus(code);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(ProblemResponses.bytes(problem));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the body was already taken: nothing more can be said.
        }
    }
}
