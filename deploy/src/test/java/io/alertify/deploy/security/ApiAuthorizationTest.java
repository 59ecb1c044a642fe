package io.alertify.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.e2e.ApiClient;
import io.alertify.deploy.testing.TestClients;
import java.net.http.HttpResponse;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint of the seed API, called without a token, with a forged one, and as each role: 401, 403
 * or a success, exactly as docs/architecture.md promises. User views, engineer acts, admin changes
 * settings.
 */
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alertify.data-dir=${java.io.tmpdir}/alertify-auth-test-${random.uuid}",
            "spring.datasource.url=jdbc:h2:mem:auth-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "alertify.email.enabled=false"
        })
class ApiAuthorizationTest {

    @DynamicPropertySource
    static void clients(DynamicPropertyRegistry registry) {
        TestClients.register(registry);
    }

    @LocalServerPort
    int port;

    ApiClient api;
    String user;
    String engineer;
    String admin;

    @BeforeEach
    void tokens() {
        api = new ApiClient(port);
        user = api.token("user", "user-secret");
        engineer = api.token("engineer", "engineer-secret");
        admin = api.token("admin", "admin-secret");
    }

    /** An endpoint, the least role that may call it, and how to call it with a token. */
    record Endpoint(String name, String minimumRole, BiFunction<ApiClient, String, HttpResponse<String>> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                new Endpoint("GET /incidents", "user", (api, t) -> api.get("/incidents", t)),
                new Endpoint("GET /oncall", "user", (api, t) -> api.get("/oncall", t)),
                new Endpoint("GET /incidents/{id}", "user", (api, t) -> api.get("/incidents/" + anyIncident(api), t)),
                new Endpoint("POST /incidents/test", "engineer", (api, t) -> api.post("/incidents/test", t, "{}")),
                new Endpoint("POST /metrics", "engineer", (api, t) -> api.post("/metrics", t,
                        "{\"service_id\":\"auth\",\"timestamp\":\"2026-11-25T06:00:00Z\",\"metrics\":{\"latency\":1}}")),
                new Endpoint("POST /backtest", "engineer", (api, t) -> api.post("/backtest", t,
                        "{\"rule\":{\"above\":500,\"for_samples\":1},\"series\":[{\"timestamp\":\"2026-11-25T06:00:00Z\",\"value\":730}]}")),
                new Endpoint("POST /notify", "engineer", (api, t) -> api.post("/notify", t,
                        "{\"incident_id\":" + anyIncident(api) + ",\"channel\":\"slack\",\"message\":\"hi\"}")),
                new Endpoint("POST /run-script", "engineer", (api, t) -> api.post("/run-script", t,
                        "{\"incident_id\":\"1\",\"script_name\":\"restart_pod\",\"parameters\":{\"pod\":\"x;rm\"}}")),
                new Endpoint("GET /subscriptions", "admin", (api, t) -> api.get("/subscriptions", t)),
                new Endpoint("PUT /subscriptions", "admin", (api, t) -> api.put("/subscriptions", t,
                        "{\"channel\":\"telegram\",\"address\":\"42\",\"severities\":[\"critical\"],\"locale\":\"ru\"}")),
                new Endpoint("POST /incidents/{id}/escalate", "engineer", (api, t) -> api.post("/incidents/"
                        + anyIncident(api) + "/escalate", t, "{\"to\":\"next\"}")),
                new Endpoint("GET /escalations", "user", (api, t) -> api.get("/escalations", t)),
                new Endpoint("GET /escalation-policies", "user", (api, t) -> api.get("/escalation-policies", t)),
                new Endpoint("PUT /escalation-policies/{name}", "admin", (api, t) -> api.put("/escalation-policies/auth",
                        t, "{\"steps\":[{\"channel\":\"slack:C0AUTH\"}]}")),
                new Endpoint("GET /routes", "user", (api, t) -> api.get("/routes", t)),
                new Endpoint("PUT /routes", "admin", (api, t) -> api.put("/routes", t, "[]")),
                new Endpoint("GET /schedules/{name}/shifts", "user", (api, t) -> api.get("/schedules/none/shifts", t)),
                new Endpoint("POST /schedules/{name}/overrides", "engineer", (api, t) -> api.post(
                        "/schedules/none/overrides", t, "{\"person\":\"x\"}")),
                new Endpoint("GET /config", "user", (api, t) -> api.get("/config", t)),
                new Endpoint("GET /silences", "user", (api, t) -> api.get("/silences", t)),
                new Endpoint("POST /silences", "engineer", (api, t) -> api.post("/silences", t,
                        "{\"matchers\":[\"service=auth-test\"],\"duration\":\"PT1M\"}")),
                new Endpoint("DELETE /silences/{id}", "engineer", (api, t) -> api.delete("/silences/999999", t)),
                new Endpoint("GET /integrations", "admin", (api, t) -> api.get("/integrations", t)),
                new Endpoint("POST /v1/metrics", "engineer", (api, t) -> api.post("/v1/metrics", t, "{}")),
                new Endpoint("POST /people/{id}/link-code", "admin", (api, t) -> api.post("/people/nobody/link-code", t,
                        "{}"))
        ).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void withoutATokenEveryEndpointAnswers401(Endpoint endpoint) {
        var response = endpoint.call().apply(api, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aForgedTokenIsRefused(Endpoint endpoint) {
        var forged = engineer.substring(0, engineer.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(endpoint.call().apply(api, forged).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void eachRoleGetsExactlyWhatItMay(Endpoint endpoint) {
        var tokens = new String[] {user, engineer, admin};
        var roles = new String[] {"user", "engineer", "admin"};
        var minimum = java.util.List.of(roles).indexOf(endpoint.minimumRole());
        for (int i = 0; i < roles.length; i++) {
            var status = endpoint.call().apply(api, tokens[i]).statusCode();
            if (i < minimum) {
                assertThat(status).as("%s as %s", endpoint, roles[i]).isEqualTo(403);
            } else {
                assertThat(status).as("%s as %s", endpoint, roles[i]).isNotIn(401, 403).isLessThan(500);
            }
        }
    }

    @Test
    void successfulCallsAnswerWhatTheSeedPromises() {
        assertThat(api.get("/incidents", user).statusCode()).isEqualTo(200);
        assertThat(api.post("/incidents/test", engineer, "{}").statusCode()).isEqualTo(201);
        assertThat(api.post("/metrics", engineer,
                "{\"service_id\":\"auth\",\"timestamp\":\"2026-11-25T06:00:00Z\",\"metrics\":{\"latency\":1}}")
                .body()).contains("\"status\":\"received\"");
        assertThat(api.post("/backtest", engineer,
                "{\"rule\":{\"above\":500,\"for_samples\":1},\"series\":[{\"timestamp\":\"2026-11-25T06:00:00Z\",\"value\":730}]}")
                .body()).contains("\"incidents_opened\":1");
        assertThat(api.get("/subscriptions", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentIsServedToAnyoneAndDescribesTheOnCallApi() {
        var document = api.get("/v3/api-docs", null);
        assertThat(document.statusCode()).isEqualTo(200);
        var paths = ApiClient.json(document).path("paths");
        assertThat(paths.has("/incidents/{id}/escalate")).isTrue();
        assertThat(paths.has("/schedules/{name}/overrides")).isTrue();
        assertThat(paths.has("/escalation-policies/{name}")).isTrue();
        assertThat(paths.has("/routes")).isTrue();
        assertThat(paths.has("/people/{id}")).isTrue();
        assertThat(ApiClient.json(document).path("components").path("securitySchemes").has("bearer")).isTrue();
    }

    private static long anyIncident(ApiClient api) {
        var engineerToken = api.token("engineer", "engineer-secret");
        return ApiClient.json(api.post("/incidents/test", engineerToken, "{}")).path("id").asLong();
    }
}
