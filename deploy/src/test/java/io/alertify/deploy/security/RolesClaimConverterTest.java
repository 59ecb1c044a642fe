package io.alertify.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimConverterTest {

    @Test
    void readsAlertifysOwnRolesClaim() {
        var jwt = jwt(Map.of("roles", List.of("ENGINEER")));
        assertThat(new RolesClaimConverter("roles").roles(jwt)).containsExactly(Role.ENGINEER);
    }

    @Test
    void readsKeycloakRealmRolesAndIgnoresOtherApplicationsRoles() {
        var jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("offline_access", "admin", "uma_authorization"))));
        var authentication = new RolesClaimConverter("realm_access.roles").convert(jwt);
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN");
    }

    @Test
    void acceptsASpaceSeparatedStringAndAnyCase() {
        var jwt = jwt(Map.of("roles", "user Engineer"));
        assertThat(new RolesClaimConverter("roles").roles(jwt)).containsExactlyInAnyOrder(Role.USER, Role.ENGINEER);
    }

    @Test
    void aTokenWithoutTheClaimHasNoRole() {
        assertThat(new RolesClaimConverter("realm_access.roles").roles(jwt(Map.of("scope", "x")))).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("client")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
