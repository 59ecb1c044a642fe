package io.alertify.deploy.security;

import io.alertify.bot.api.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads Alertify roles from a token claim (a dotted path such as {@code realm_access.roles} works for
 * Keycloak). Values that are not Alertify roles are ignored, so a shared issuer's other roles do not
 * break anything.
 */
final class RolesClaimConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final List<String> path;

    RolesClaimConverter(String claim) {
        this.path = List.of(claim.split("\\."));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        var authorities = roles(jwt).stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    Set<Role> roles(Jwt jwt) {
        Object value = jwt.getClaims();
        for (var key : path) {
            if (!(value instanceof Map<?, ?> map)) {
                return Set.of();
            }
            value = map.get(key);
        }
        var names = new ArrayList<String>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> names.add(String.valueOf(v)));
        } else if (value instanceof String single) {
            names.addAll(List.of(single.split("[ ,]+")));
        }
        var roles = new TreeSet<Role>();
        for (var name : names) {
            try {
                roles.add(Role.parse(name));
            } catch (IllegalArgumentException notOurs) {
                // another application's role in a shared realm
            }
        }
        return roles;
    }
}
