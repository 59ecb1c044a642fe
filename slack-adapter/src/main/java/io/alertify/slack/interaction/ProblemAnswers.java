package io.alertify.slack.interaction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bolt and the window check answer refusals with their own bodies ({@code {"error":"invalid request"}});
 * every error of the application is problem+json, so an error answer on the events path is rewritten
 * as one. Successful answers (Slack reads their bodies) pass unchanged.
 */
public final class ProblemAnswers extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder()
            // the shape Spring MVC gives problems: extra properties inline, nulls left out
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } catch (RuntimeException | ServletException e) {
            // Bolt parses only after the signature check passed: this is a signed body that is no Slack payload.
            log.warn("A signed Slack request could not be read as a Slack payload: {}", e.toString());
            buffered.resetBuffer();
            buffered.setStatus(400);
        }
        int code = buffered.getStatus();
        if (code < 400) {
            buffered.copyBodyToResponse();
            return;
        }
        var status = HttpStatus.resolve(code);
        var problem = ProblemDetail.forStatusAndDetail(status == null ? HttpStatus.BAD_REQUEST : status,
                code == 401 ? "The request is not signed by Slack with this app's signing secret, or its "
                        + "X-Slack-Request-Timestamp is more than five minutes away from now."
                        : code == 400 ? "The request is signed, but it is not a Slack payload Alertify understands."
                        : "Slack request refused (" + code + ").");
        problem.setStatus(code);
        problem.setTitle(status == null ? "Refused" : status.getReasonPhrase());
        buffered.resetBuffer(); // Bolt's own body is dropped
        var body = JSON.writeValueAsBytes(problem);
        response.setStatus(code);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
