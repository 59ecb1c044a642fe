package io.alertify.pipeline.publish.rabbitmq;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The RabbitMQ broker tests use: 127.0.0.1:5672, guest/guest. Without it the tests are skipped with the
 * reason, except on CI ({@code CI=true}), where a missing broker is a failure, not a silent skip.
 */
final class LocalBroker {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5672;

    private LocalBroker() {
    }

    static void requireReachable() {
        if (reachable()) {
            return;
        }
        var reason = "RabbitMQ is not reachable at " + HOST + ":" + PORT + " (guest/guest)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + " and CI=true: the CI job must start rabbitmq-server");
        }
        assumeTrue(false, reason + "; start rabbitmq-server to run this test");
    }

    private static boolean reachable() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
