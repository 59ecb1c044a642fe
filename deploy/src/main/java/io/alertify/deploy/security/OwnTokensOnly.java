package io.alertify.deploy.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;

/**
 * Token introspection for the token's own client or an admin client only: anybody else is told the
 * token is not active (RFC 7662 lets a server say so rather than disclose it), so the {@code user}
 * client cannot read what an admin token may do.
 */
final class OwnTokensOnly implements AuthenticationProvider {

    private final AuthenticationProvider introspection;

    OwnTokensOnly(AuthenticationProvider introspection) {
        this.introspection = introspection;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var result = (OAuth2TokenIntrospectionAuthenticationToken) introspection.authenticate(authentication);
        if (result == null || !result.getTokenClaims().isActive()) {
            return result;
        }
        var asker = ((OAuth2ClientAuthenticationToken) result.getPrincipal()).getRegisteredClient();
        String askerRole = asker == null ? null
                : asker.getClientSettings().getSetting(EmbeddedAuthorizationServerConfiguration.ROLE_SETTING);
        boolean own = asker != null && asker.getClientId().equals(result.getTokenClaims().getClientId());
        if (own || io.alertify.bot.api.Role.ADMIN.name().equals(askerRole)) {
            return result;
        }
        return new OAuth2TokenIntrospectionAuthenticationToken(result.getToken(), (Authentication) result.getPrincipal(),
                OAuth2TokenIntrospection.builder(false).build());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return introspection.supports(authentication);
    }
}
