package io.alertify.deploy.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import io.alertify.deploy.web.ProblemResponses;

/**
 * Who may call what. User views, engineer acts on incidents and runs scripts, admin changes settings;
 * each role includes the ones below it. Chat callbacks are open here because the adapters verify them
 * (Slack by signature, Telegram by its secret header).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class ApiSecurityConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_ENGINEER
                ROLE_ENGINEER > ROLE_USER
                """);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties)
            throws Exception {
        var problems = new ProblemResponses();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/slack/events", "/telegram/webhook", "/actuator/health/**",
                                "/actuator/health", "/error", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                        .permitAll()
                        // senders: the integration's secret key in the URL (or PagerDuty's routing_key) is the credential
                        .requestMatchers(HttpMethod.POST, "/integrations/v1/**", "/v2/enqueue").permitAll()
                        .requestMatchers(HttpMethod.GET, "/incidents", "/incidents/**", "/destinations", "/oncall", "/people",
                                "/people/**", "/schedules/**", "/escalation-policies", "/escalation-policies/**",
                                "/routes", "/escalations", "/config", "/silences").hasRole("USER")
                        .requestMatchers(HttpMethod.POST, "/incidents/**", "/notify", "/run-script", "/metrics",
                                "/write", "/api/v2/write", "/api/v1/write", "/v1/metrics", "/backtest",
                                "/schedules/*/overrides", "/silences")
                        .hasRole("ENGINEER")
                        // the controller lets an engineer remove only an override they wrote
                        .requestMatchers(HttpMethod.DELETE, "/schedules/*/overrides/*", "/silences/*").hasRole("ENGINEER")
                        .requestMatchers("/subscriptions", "/subscriptions/**", "/destinations/**", "/people/**",
                                "/escalation-policies/**", "/routes", "/config", "/integrations", "/integrations/**",
                                "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaimConverter(properties.rolesClaim())))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }
}
