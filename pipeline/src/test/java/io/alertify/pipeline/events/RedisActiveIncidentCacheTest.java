package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.testing.TestRedis;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The production adapter on a real Redis, each test under a hash key of its own. */
class RedisActiveIncidentCacheTest extends DurableActiveIncidentCacheContract {

    private final String key = "alertify:test:" + UUID.randomUUID() + ":active-incidents";
    private StringRedisTemplate redis;

    @Override
    ActiveIncidentCache cache() {
        if (redis == null) {
            redis = TestRedis.template();
        }
        return new RedisActiveIncidentCache(redis, key);
    }

    /** What an engineer sees with {@code redis-cli hgetall alertify:active-incidents}. */
    @Test
    void oneHashFieldPerOpenProblemWithAReadableInstant() {
        cache().open("checkout-latency", NINE);

        assertThat(redis.opsForHash().entries(key)).containsExactly(
                Map.entry("checkout-latency", "2026-11-25T09:00:00.123Z"));
    }

    @AfterEach
    void deleteTheHash() {
        if (redis != null) {
            redis.delete(key);
        }
    }
}
