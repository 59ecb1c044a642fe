package io.alertify.slack.interaction;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slack signs {@code X-Slack-Request-Timestamp} with every request and asks apps to refuse ones more
 * than five minutes away from now. Bolt checks only the past; this filter, in front of Bolt, checks both
 * ways, so a signed request stamped in the future cannot be kept and replayed later.
 */
public final class RequestWindow extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(RequestWindow.class);

    private final Clock clock;

    public RequestWindow(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("X-Slack-Request-Timestamp");
        if (header != null && !within(header)) {
            log.warn("Refused a Slack request stamped {} (now {}): outside the five-minute window", header,
                    clock.instant().getEpochSecond());
            response.setStatus(401);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"invalid request\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean within(String header) {
        try {
            var stamped = Instant.ofEpochSecond(Long.parseLong(header.trim()));
            return Duration.between(stamped, clock.instant()).abs().compareTo(WINDOW) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
