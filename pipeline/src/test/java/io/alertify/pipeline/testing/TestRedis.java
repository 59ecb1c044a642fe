package io.alertify.pipeline.testing;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Redis for tests: the local server when it answers, otherwise a Testcontainers one when Docker is
 * available, otherwise the test is skipped with the reason, or fails under {@code CI=true}
 * ({@link LocalServer}'s rule). One connection for the whole test JVM; tests keep apart by key.
 */
public final class TestRedis {

    private static StringRedisTemplate template;

    private TestRedis() {
    }

    public static synchronized StringRedisTemplate template() {
        if (template == null) {
            var server = new RedisStandaloneConfiguration(LocalServer.REDIS.host(), LocalServer.REDIS.port());
            if (!LocalServer.REDIS.reachable()) {
                if (!dockerAvailable()) {
                    LocalServer.REDIS.requireReachable();
                }
                var container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
                container.start();
                server = new RedisStandaloneConfiguration(container.getHost(), container.getMappedPort(6379));
            }
            var connections = new LettuceConnectionFactory(server);
            connections.afterPropertiesSet();
            connections.start();
            template = new StringRedisTemplate(connections);
        }
        return template;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
