package io.alertify.deploy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details straight to the servlet response, for the places that answer before
 * Spring MVC does: the security filters (401, 403), the request checks and the error page.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder()
            // the shape Spring MVC gives problems: extra properties inline, nulls left out
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required. Get one with "
                    + "'./alertify token engineer' or POST /oauth2/token (client credentials).");
        };
    }

    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN,
                "Your role may not " + request.getMethod() + " " + request.getRequestURI()
                        + ". Viewing needs user, acting on incidents needs engineer, settings need admin.");
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, problem(status, detail));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    public static byte[] bytes(ProblemDetail problem) {
        return JSON.writeValueAsBytes(problem);
    }

    public static ProblemDetail problem(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
