package io.alertify.deploy.senders;

import io.alertify.bot.testing.LocalServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real senders from Debian packages (prometheus, prometheus-alertmanager, victoria-metrics), run as
 * child processes on free ports with a configuration written by the test. A class that needs them is
 * skipped, saying which package is missing, unless CI=true, where a missing package fails it
 * ({@code .ci/run} installs them).
 */
public final class DebianPeers implements ExecutionCondition {

    static final List<String> BINARIES = List.of("prometheus", "prometheus-alertmanager", "vmagent");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (LocalServers.onCi()) {
            return ConditionEvaluationResult.enabled("CI=true: a missing package fails the run");
        }
        for (var binary : BINARIES) {
            if (find(binary) == null) {
                return ConditionEvaluationResult.disabled(binary + " is not installed (apt-get install prometheus "
                        + "prometheus-alertmanager victoria-metrics)");
            }
        }
        return ConditionEvaluationResult.enabled("the Debian-packaged senders are installed");
    }

    /** A running peer; closing it stops it and waits. */
    public record Peer(Process process, int port, Path log) implements AutoCloseable {

        public String url() {
            return "http://127.0.0.1:" + port;
        }

        public String output() throws IOException {
            return Files.readString(log);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Starts {@code binary} with {@code args}; {@code {port}} in them is replaced by a free port. */
    public static Peer start(String binary, Path workDir, String... args) throws IOException {
        var path = find(binary);
        if (path == null) {
            throw new IllegalStateException(binary + " is not installed: apt-get install prometheus "
                    + "prometheus-alertmanager victoria-metrics");
        }
        var port = freePort();
        var command = new ArrayList<String>();
        command.add(path.toString());
        for (var arg : args) {
            command.add(arg.replace("{port}", Integer.toString(port)));
        }
        var log = workDir.resolve(binary + ".log");
        var process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Peer(process, port, log);
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Path find(String binary) {
        for (var dir : List.of("/usr/bin", "/usr/local/bin", "/usr/sbin")) {
            var candidate = Path.of(dir, binary);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
