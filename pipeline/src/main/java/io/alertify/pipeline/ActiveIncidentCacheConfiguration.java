package io.alertify.pipeline;

import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.InMemoryActiveIncidentCache;
import io.alertify.pipeline.events.JdbcActiveIncidentCache;
import io.alertify.pipeline.events.RedisActiveIncidentCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The active-incident cache {@code alertify.pipeline.active-incidents.type} selects. Redis is only
 * touched when selected: Boot's Lettuce connection is lazy, so other types start without a Redis server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActiveIncidentsProperties.class)
class ActiveIncidentCacheConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ActiveIncidentCacheConfiguration.class);

    @Bean
    ActiveIncidentCache activeIncidentCache(ActiveIncidentsProperties properties, ObjectProvider<JdbcClient> jdbc,
                                            ObjectProvider<StringRedisTemplate> redis) {
        ActiveIncidentCache cache = switch (properties.type()) {
            case AUTO -> {
                var client = jdbc.getIfAvailable();
                yield client != null ? new JdbcActiveIncidentCache(client) : new InMemoryActiveIncidentCache();
            }
            case MEMORY -> new InMemoryActiveIncidentCache();
            case JDBC -> new JdbcActiveIncidentCache(required(jdbc, "jdbc", "a database (spring.datasource.url)"));
            case REDIS -> new RedisActiveIncidentCache(required(redis, "redis", "Redis (spring.data.redis.*)"),
                    properties.redis().key());
        };
        log.info("Active-incident cache: {}{}", cache.getClass().getSimpleName(),
                cache instanceof RedisActiveIncidentCache ? " (hash " + properties.redis().key() + ")" : "");
        return cache;
    }

    private static <T> T required(ObjectProvider<T> provider, String type, String what) {
        var bean = provider.getIfAvailable();
        if (bean == null) {
            throw new IllegalStateException("alertify.pipeline.active-incidents.type=" + type + " needs " + what
                    + ", and none is configured");
        }
        return bean;
    }
}
