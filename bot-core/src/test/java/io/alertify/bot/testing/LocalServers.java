package io.alertify.bot.testing;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Tests against real servers on this machine (PostgreSQL, RabbitMQ, Redis at 127.0.0.1 on their default
 * ports). Annotate a test class with {@code @LocalServers.Requires(Server.POSTGRESQL)}: when a server
 * does not answer, the class is skipped with the reason, unless the environment says {@code CI=true};
 * on CI an unreachable server fails the class instead, so that a broken pipeline cannot pass by
 * skipping. Put the annotation before {@code @SpringBootTest} so the check runs before a context loads.
 */
public final class LocalServers implements ExecutionCondition, BeforeAllCallback {

    /** A server and where it listens. */
    public enum Server {
        POSTGRESQL("PostgreSQL", 5432),
        RABBITMQ("RabbitMQ", 5672),
        REDIS("Redis", 6379);

        public static final String HOST = "127.0.0.1";

        private final String displayName;
        private final int port;

        Server(String displayName, int port) {
            this.displayName = displayName;
            this.port = port;
        }

        public String host() {
            return HOST;
        }

        public int port() {
            return port;
        }

        /** True when something accepts a TCP connection on the server's port within half a second. */
        public boolean reachable() {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return displayName + " at " + HOST + ":" + port;
        }
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @ExtendWith(LocalServers.class)
    public @interface Requires {
        Server[] value();
    }

    /** True when the build runs on CI, where skipping for a missing server is not allowed. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var missing = unreachable(context);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("local servers are reachable");
        }
        if (onCi()) {
            return ConditionEvaluationResult.enabled(missing + " not reachable; CI=true, so the test fails");
        }
        return ConditionEvaluationResult.disabled(missing + " not reachable; start it to run this test"
                + " (with CI=true this would fail instead of skipping)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        var missing = unreachable(context);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing + " not reachable, and CI=true does not allow skipping");
        }
    }

    private static String unreachable(ExtensionContext context) {
        var servers = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, Requires.class))
                .map(Requires::value)
                .orElse(new Server[0]);
        return Arrays.stream(servers).filter(server -> !server.reachable()).map(Server::toString)
                .collect(Collectors.joining(", "));
    }
}
