package io.alertify.slack.interaction;

import io.alertify.bot.api.ChatRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed Slack request is answered once. Its signature covers its timestamp and body, so the same
 * signature again is the same request again: Slack retrying one it thinks went unanswered, or someone
 * replaying a captured request inside the five-minute window. The repetition gets a plain 200 (Slack
 * stops retrying) and nothing runs: no second slash command, dialog step or button press. Button presses
 * are also claimed by their {@code action_ts} in bot-core.
 */
public final class SignedOnce extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedOnce.class);

    private final ChatRequests requests;

    public SignedOnce(ChatRequests requests) {
        this.requests = requests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var signature = request.getHeader("X-Slack-Signature");
        if (signature != null && !signature.isBlank() && !requests.firstTime("slack:signature:" + signature)) {
            log.info("A Slack request arrived again (retry {}); answered, not run twice",
                    request.getHeader("X-Slack-Retry-Num"));
            response.setStatus(200);
            return;
        }
        chain.doFilter(request, response);
    }
}
