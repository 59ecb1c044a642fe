package io.alertify.deploy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.e2e.ApiClient;
import io.alertify.deploy.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Revocation, introspection and throttling of the embedded issuer, as a client meets them. */
@SpringBootTest(classes = AlertifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alertify.data-dir=${java.io.tmpdir}/alertify-tokens-test-${random.uuid}",
            "spring.datasource.url=jdbc:h2:mem:tokens-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
        })
class TokenLifecycleTest {

    @DynamicPropertySource
    static void clients(DynamicPropertyRegistry registry) {
        TestClients.register(registry);
    }

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceNotAfterItsHour() {
        var token = api.token("engineer", "engineer-secret");
        assertThat(api.get("/incidents", token).statusCode()).isEqualTo(200);

        var revoke = api.postForm("/oauth2/revoke", "token=" + token + "&token_type_hint=access_token",
                "Authorization", basic("engineer", "engineer-secret"));

        assertThat(revoke.statusCode()).isEqualTo(200);
        var refused = api.get("/incidents", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(introspect(token, "engineer", "engineer-secret")).contains("\"active\":false");
        assertThat(api.get("/incidents", api.token("engineer", "engineer-secret")).statusCode())
                .as("a new token works").isEqualTo(200);
    }

    @Test
    void aTokenIsIntrospectedOnlyByItsOwnClientOrAnAdmin() {
        var adminToken = api.token("admin", "admin-secret");
        var userToken = api.token("user", "user-secret");

        assertThat(introspect(adminToken, "user", "user-secret")).isEqualTo("{\"active\":false}");
        assertThat(introspect(userToken, "user", "user-secret")).contains("\"active\":true", "\"client_id\":\"user\"");
        assertThat(introspect(userToken, "admin", "admin-secret")).contains("\"active\":true");
    }

    @Test
    void wrongSecretsAreSlowedDownWithGrowingWaitsAndTheRightOneStillGetsIn() {
        for (int i = 0; i < TokenThrottle.FREE_FAILURES; i++) {
            assertThat(tokenRequest("user", "guess-" + i).statusCode()).isEqualTo(401);
        }

        var throttled = tokenRequest("user", "guess-again");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        await().atMost(Duration.ofSeconds(5)).until(() -> tokenRequest("user", "guess-6").statusCode() == 401);
        assertThat(tokenRequest("user", "guess-7").headers().firstValue("Retry-After"))
                .as("each further failure doubles the wait").hasValue("2");
        await().atMost(Duration.ofSeconds(10)).until(() -> tokenRequest("user", "user-secret").statusCode() == 200);
        assertThat(tokenRequest("user", "wrong").statusCode()).as("the right secret reset the count").isEqualTo(401);
    }

    private java.net.http.HttpResponse<String> tokenRequest(String client, String secret) {
        return api.postForm("/oauth2/token", "grant_type=client_credentials", "Authorization", basic(client, secret));
    }

    private String introspect(String token, String client, String secret) {
        var response = api.postForm("/oauth2/introspect", "token=" + token, "Authorization", basic(client, secret));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
