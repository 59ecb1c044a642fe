package io.alertify.deploy.security;

import io.alertify.deploy.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Growing delays for wrong client secrets on {@code /oauth2/token}: after {@value #FREE_FAILURES} failures
 * in a row, from one address or for one client id, the next attempt is refused with 429 and
 * {@code Retry-After} for 1 s, then 2, 4, ... up to {@link #MAX_LOCK}. A refused attempt costs no
 * password hash, so guessing is slow and cannot load the server; a correct secret resets the count.
 */
public final class TokenThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TokenThrottle.class);

    static final int FREE_FAILURES = 5;
    static final Duration MAX_LOCK = Duration.ofMinutes(5);
    /** Addresses and client ids remembered at most; the oldest are forgotten first. */
    private static final int REMEMBERED = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > REMEMBERED;
        }
    };

    public TokenThrottle(Clock clock) {
        this.clock = clock;
    }

    private static final class Failures {
        int count;
        long lockedUntilMillis;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/oauth2/token".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var keys = List.of("address:" + request.getRemoteAddr(), "client:" + clientId(request));
        long wait = lockedFor(keys);
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            response.setHeader("Retry-After", Long.toString(seconds));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many wrong client secrets; try again "
                    + "in " + seconds + " s. Each further failure doubles the wait (up to " + MAX_LOCK.toMinutes()
                    + " min).");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 401 || response.getStatus() == 400) {
            failed(keys);
        } else if (response.getStatus() == 200) {
            succeeded(keys);
        }
    }

    private synchronized long lockedFor(List<String> keys) {
        long now = clock.millis();
        return keys.stream().map(failures::get).filter(f -> f != null)
                .mapToLong(f -> f.lockedUntilMillis - now).max().orElse(0);
    }

    private synchronized void failed(List<String> keys) {
        long now = clock.millis();
        for (var key : keys) {
            var f = failures.computeIfAbsent(key, k -> new Failures());
            f.count++;
            if (f.count >= FREE_FAILURES) {
                int doublings = Math.min(f.count - FREE_FAILURES, 20);
                long lock = Math.min(1000L << doublings, MAX_LOCK.toMillis());
                f.lockedUntilMillis = now + lock;
                if (f.count == FREE_FAILURES) {
                    log.warn("{} wrong client secrets in a row for {}; slowing it down", f.count, key);
                }
            }
        }
    }

    private synchronized void succeeded(List<String> keys) {
        keys.forEach(failures::remove);
    }

    /** The client id from Basic authentication or the form, whichever the client used. */
    private static String clientId(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                var decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "?";
            }
        }
        var form = request.getParameter("client_id");
        return form == null ? "?" : form;
    }
}
