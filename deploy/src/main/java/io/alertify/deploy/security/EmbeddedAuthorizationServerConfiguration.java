package io.alertify.deploy.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import io.alertify.deploy.web.ProblemResponses;

/**
 * The embedded default issuer: OAuth2 client credentials with one client per role, so that a newcomer
 * gets a token with one request ({@code ./alertify token engineer}). Production turns it off and trusts
 * an external issuer instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "alertify.security.authorization-server", name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class EmbeddedAuthorizationServerConfiguration {

    static final String ROLE_SETTING = "alertify.role";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http, OAuth2AuthorizationService authorizations)
            throws Exception {
        var problems = new ProblemResponses();
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    var oauthProblems = OAuth2Problems.handler();
                    server.authorizationService(authorizations)
                            .clientAuthentication(clients -> clients.errorResponseHandler(oauthProblems))
                            .tokenEndpoint(token -> token.errorResponseHandler(oauthProblems))
                            .tokenRevocationEndpoint(revocation -> revocation.errorResponseHandler(oauthProblems))
                            .tokenIntrospectionEndpoint(introspection -> introspection.errorResponseHandler(oauthProblems)
                                    .authenticationProviders(providers -> providers.replaceAll(OwnTokensOnly::new)));
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized()));
        return http.build();
    }

    @Bean
    ClientSecrets clientSecrets(@Value("${alertify.data-dir}") Path dataDir) {
        return ClientSecrets.in(dataDir);
    }

    @Bean
    RegisteredClientRepository registeredClients(SecurityProperties properties, ClientSecrets secrets) {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var server = properties.authorizationServer();
        List<RegisteredClient> clients = server.clientsOrDefaults().stream()
                .map(c -> client(c, secrets, encoder, server.tokenTtl()))
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient client(SecurityProperties.Client c, ClientSecrets secrets, PasswordEncoder encoder,
            java.time.Duration ttl) {
        if (c.id() == null || c.id().isBlank() || c.role() == null || c.role().isBlank()) {
            throw new IllegalArgumentException("alertify.security.authorization-server.clients: every client needs "
                    + "an id and a role (user, engineer or admin); got id=" + c.id() + ", role=" + c.role());
        }
        var role = io.alertify.bot.api.Role.parse(c.role());
        var secret = c.secret() == null || c.secret().isBlank() ? secrets.getOrCreate(c.id()) : c.secret();
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(c.id().getBytes()).toString())
                .clientId(c.id())
                .clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ttl).build())
                .clientSettings(org.springframework.security.oauth2.server.authorization.settings.ClientSettings
                        .builder().setting(ROLE_SETTING, role.name()).build())
                .build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> rolesInTokens(SecurityProperties properties) {
        return context -> {
            String role = context.getRegisteredClient().getClientSettings().getSetting(ROLE_SETTING);
            if (role != null) {
                putRoles(context, properties.rolesClaim(), role);
            }
        };
    }

    /** Writes the role where the resource server reads it, also for a nested path such as realm_access.roles. */
    private static void putRoles(JwtEncodingContext context, String claimPath, String role) {
        var path = claimPath.split("\\.");
        Object value = List.of(role);
        for (int i = path.length - 1; i > 0; i--) {
            value = java.util.Map.of(path[i], value);
        }
        context.getClaims().claim(path[0], value);
    }

    @Bean
    SigningKey signingKey(@Value("${alertify.data-dir}") Path dataDir) {
        return SigningKey.loadOrCreate(dataDir);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKey key) {
        return key.asJwkSource();
    }

    @Bean
    RevokedTokens revokedTokens(DataSource database, PlatformTransactionManager transactions) {
        return new RevokedTokens(JdbcClient.create(database), new TransactionTemplate(transactions), Clock.systemUTC());
    }

    /** Revocation (RFC 7009) and introspection (RFC 7662) work on the tokens alone plus the revocation list. */
    @Bean
    OAuth2AuthorizationService authorizations(SigningKey key, RegisteredClientRepository clients, RevokedTokens revoked) {
        return new StatelessAuthorizations(NimbusJwtDecoder.withPublicKey(key.publicKey()).build(), clients, revoked);
    }

    /** The API's decoder: signature and expiry, and a revoked token is refused at once, not after its hour. */
    @Bean
    JwtDecoder jwtDecoder(SigningKey key, RevokedTokens revoked) {
        var decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        OAuth2TokenValidator<Jwt> notRevoked = jwt -> revoked.isRevoked(jwt.getTokenValue())
                ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token was revoked", null))
                : OAuth2TokenValidatorResult.success();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), notRevoked));
        return decoder;
    }

    /** Before Spring Security, so that a throttled attempt costs no password hash. */
    @Bean
    FilterRegistrationBean<TokenThrottle> tokenThrottle() {
        var registration = new FilterRegistrationBean<>(new TokenThrottle(Clock.systemUTC()));
        registration.addUrlPatterns("/oauth2/token");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }
}
