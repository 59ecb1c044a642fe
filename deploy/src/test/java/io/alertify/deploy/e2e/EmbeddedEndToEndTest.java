package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.JdbcActiveIncidentCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The end-to-end path on the embedded defaults: H2 in a data folder, in-process incident events. */
class EmbeddedEndToEndTest extends EndToEndTest {

    /** Nothing listens on port 1: Redis is on the classpath, but the embedded defaults must not need it. */
    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", () -> "1");
    }

    @Autowired
    ActiveIncidentCache activeIncidents;

    @Test
    void openProblemsAreKeptInTheDatabaseAndNeitherStartNorHealthNeedsRedis() {
        assertThat(activeIncidents).isInstanceOf(JdbcActiveIncidentCache.class);
        var health = api.get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health).path("status").asString()).isEqualTo("UP");
    }
}
