package io.alertify.pipeline.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A server the integration tests use on this machine. Without it a test is skipped with the reason,
 * except on CI ({@code CI=true}), where a missing server is a failure, not a silent skip.
 */
public record LocalServer(String name, String host, int port, String howToStart) {

    public static final LocalServer RABBITMQ = new LocalServer("RabbitMQ (guest/guest)", "127.0.0.1", 5672,
            "rabbitmq-server -detached");
    public static final LocalServer POSTGRESQL = new LocalServer("PostgreSQL (user postgres, database test)",
            "127.0.0.1", 5432, "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
    public static final LocalServer REDIS = new LocalServer("Redis", "127.0.0.1", 6379,
            "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no");

    public void requireReachable() {
        if (reachable()) {
            return;
        }
        var reason = name + " is not reachable at " + host + ":" + port;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + " and CI=true: the CI job must start it (" + howToStart + ")");
        }
        assumeTrue(false, reason + "; start it to run this test: " + howToStart);
    }

    public boolean reachable() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
