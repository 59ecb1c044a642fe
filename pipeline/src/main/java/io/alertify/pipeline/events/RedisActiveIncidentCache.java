package io.alertify.pipeline.events;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Open problems in one Redis hash: field = dedup key, value = the instant it opened in ISO-8601, so
 * {@code redis-cli hgetall alertify:active-incidents} is readable as is. One hash because open problems
 * are few, and one {@code del} clears them all. Shared by every processor replica: {@code HSETNX} makes
 * concurrent opens of one key keep the first.
 */
public final class RedisActiveIncidentCache implements ActiveIncidentCache {

    private final HashOperations<String, String, String> hash;
    private final String key;

    /** @param key the hash's key ({@code alertify.pipeline.active-incidents.redis.key}) */
    public RedisActiveIncidentCache(StringRedisTemplate redis, String key) {
        this.hash = redis.opsForHash();
        this.key = key;
    }

    @Override
    public Optional<Instant> openedAt(String dedupKey) {
        return Optional.ofNullable(hash.get(key, dedupKey)).map(Instant::parse);
    }

    @Override
    public void open(String dedupKey, Instant openedAt) {
        hash.putIfAbsent(key, dedupKey, openedAt.toString());
    }

    @Override
    public void close(String dedupKey) {
        hash.delete(key, dedupKey);
    }
}
