package io.alertify.deploy.security;

import java.util.Map;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The embedded issuer's authorizations, without storing them: a client-credentials token is a signed JWT
 * that says everything about itself, so an authorization is rebuilt from the token when the revocation
 * or introspection endpoint asks for it. The only state is the {@link RevokedTokens} list, which a revoke
 * writes and every later lookup (and the resource server) reads. Unlike Spring Authorization Server's
 * in-memory default, this survives a restart: a token issued before it can still be revoked after it.
 */
final class StatelessAuthorizations implements OAuth2AuthorizationService {

    private final JwtDecoder signatures;
    private final RegisteredClientRepository clients;
    private final RevokedTokens revoked;

    /** @param signatures checks signature and expiry only; revocation is read here */
    StatelessAuthorizations(JwtDecoder signatures, RegisteredClientRepository clients, RevokedTokens revoked) {
        this.signatures = signatures;
        this.clients = clients;
        this.revoked = revoked;
    }

    /** Issuing needs no record; a revocation is the one change worth keeping. */
    @Override
    public void save(OAuth2Authorization authorization) {
        var token = authorization.getAccessToken();
        if (token != null && token.isInvalidated()) {
            var client = clients.findById(authorization.getRegisteredClientId());
            revoked.revoke(token.getToken().getTokenValue(), client == null ? "?" : client.getClientId(),
                    token.getToken().getExpiresAt());
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // nothing is stored per authorization
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null; // authorizations have no id of their own here; only tokens find them
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null; // client credentials issue access tokens only
        }
        Jwt jwt;
        try {
            jwt = signatures.decode(token);
        } catch (JwtException e) {
            return null; // not ours, tampered with, or expired: unknown, as RFC 7009 and 7662 want
        }
        var client = clients.findByClientId(jwt.getSubject());
        if (client == null) {
            return null;
        }
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, jwt.getIssuedAt(),
                jwt.getExpiresAt(), client.getScopes());
        boolean isRevoked = revoked.isRevoked(token);
        return OAuth2Authorization.withRegisteredClient(client)
                .id(RevokedTokens.hash(token))
                .principalName(jwt.getSubject())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .token(accessToken, metadata -> {
                    metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, Map.copyOf(jwt.getClaims()));
                    metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, isRevoked);
                })
                .build();
    }
}
