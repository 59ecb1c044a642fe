package io.alertify.deploy.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP security. By default Alertify issues its own tokens (an embedded OAuth2 authorization server with
 * client credentials); in production set {@code alertify.security.authorization-server.enabled=false}
 * and {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} to your Keycloak, Okta, ... realm.
 *
 * @param rolesClaim where the roles are in a token: {@code roles}, or a dotted path such as
 *                   {@code realm_access.roles} for Keycloak; values user, engineer, admin (any case)
 */
@ConfigurationProperties("alertify.security")
public record SecurityProperties(
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue AuthorizationServer authorizationServer) {

    /**
     * @param clients one client per role by default; a blank secret is generated on first start and kept
     *                in {@code <data-dir>/credentials.properties}
     */
    public record AuthorizationServer(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1h") Duration tokenTtl,
            List<Client> clients) {

        public List<Client> clientsOrDefaults() {
            return clients == null || clients.isEmpty()
                    ? List.of(new Client("user", "", "user"), new Client("engineer", "", "engineer"),
                            new Client("admin", "", "admin"))
                    : clients;
        }
    }

    public record Client(String id, String secret, String role) {
    }
}
