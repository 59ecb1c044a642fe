package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.deploy.AlertifyApplication;
import io.alertify.deploy.testing.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * PostgreSQL goes away under a running Alertify (a proxy in front of it closes every connection and
 * refuses new ones): the API answers 503 problem+json with Retry-After and health says DOWN within a
 * probe's few seconds, instead of hanging for the pool's 30; when the database is back, so is Alertify.
 */
@ExtendWith(RealServers.class)
class DatabaseDownTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    @Test
    void anUnreachableDatabaseIsA503AndADownHealthWithinSeconds() throws Exception {
        var postgres = RealServers.postgres();
        var url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(postgres.jdbcUrl());
        assertThat(url.matches()).as(postgres.jdbcUrl()).isTrue();
        var schema = "down_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (var proxy = new TcpProxy(url.group(1), Integer.parseInt(url.group(2)));
                var alertify = new SpringApplication(AlertifyApplication.class).run("--server.port=0",
                        "--alertify.data-dir=target/database-down-" + schema,
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3)
                                + "?currentSchema=" + schema,
                        "--spring.datasource.username=" + postgres.user(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
                        "--alertify.security.authorization-server.clients[0].id=engineer",
                        "--alertify.security.authorization-server.clients[0].secret=engineer-secret",
                        "--alertify.security.authorization-server.clients[0].role=engineer")) {
            int port = ((WebServerApplicationContext) alertify).getWebServer().getPort();
            var api = new ApiClient(port);
            var token = api.token("engineer", "engineer-secret");
            assertThat(api.get("/incidents", token).statusCode()).isEqualTo(200);

            proxy.cut();

            long started = System.nanoTime();
            var incidents = api.get("/incidents", token);
            var tookIncidents = Duration.ofNanos(System.nanoTime() - started);
            started = System.nanoTime();
            var health = get(port, "/actuator/health");
            var tookHealth = Duration.ofNanos(System.nanoTime() - started);

            System.out.printf("database down: GET /incidents answered %d in %d ms, /actuator/health %d in %d ms%n",
                    incidents.statusCode(), tookIncidents.toMillis(), health.statusCode(), tookHealth.toMillis());
            assertThat(incidents.statusCode()).isEqualTo(503);
            assertThat(incidents.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(incidents.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(tookIncidents).isLessThan(FAST);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(tookHealth).isLessThan(FAST);

            proxy.restore();
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/incidents", token).statusCode() == 200);
            assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
