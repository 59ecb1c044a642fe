package io.alertify.deploy.security;

import io.alertify.deploy.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The embedded issuer's errors as problem+json like every other error, keeping the members OAuth2
 * clients read ({@code error}, {@code error_description}, RFC 6749 section 5.2) inside the problem.
 */
final class OAuth2Problems {

    private OAuth2Problems() {
    }

    static AuthenticationFailureHandler handler() {
        return (request, response, exception) -> {
            var error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError() : null;
            var code = error == null ? OAuth2ErrorCodes.INVALID_REQUEST : error.getErrorCode();
            var invalidClient = OAuth2ErrorCodes.INVALID_CLIENT.equals(code);
            var status = invalidClient ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
            var description = error == null || error.getDescription() == null ? null : error.getDescription();
            var problem = ProblemResponses.problem(status, invalidClient
                    ? "Unknown client or wrong secret. The secrets are in DATA_DIR/credentials.properties; "
                    + "'./alertify token engineer' reads them for you."
                    : "The OAuth2 request is not valid (" + code + (description == null ? "" : ": " + description) + ").");
            problem.setProperty("error", code);
            if (description != null) {
                problem.setProperty("error_description", description);
            }
            if (invalidClient) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"alertify\"");
            }
            ProblemResponses.write(response, problem);
        };
    }
}
