package io.alertify.deploy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} is no media type ({@code *}{@code /*}, {@code json},
 * garbage) with 415 before anything reads it. Spring would otherwise fail deep inside a controller's
 * argument resolution, with a 500 and a stack trace for what is the sender's mistake.
 */
public final class ContentTypeCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Content-Type");
        if (header != null && !header.isBlank()) {
            String problem;
            try {
                var type = MediaType.parseMediaType(header);
                problem = type.isWildcardType() || type.isWildcardSubtype() ? "names no single media type" : null;
            } catch (InvalidMediaTypeException e) {
                problem = "is not a media type";
            }
            if (problem != null) {
                var detail = ProblemResponses.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type '"
                        + header + "' " + problem + "; send Content-Type: application/json.");
                detail.setProperty("errors", java.util.List.of(java.util.Map.of("header", "Content-Type",
                        "message", problem)));
                ProblemResponses.write(response, detail);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
