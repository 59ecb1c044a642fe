package io.alertify.deploy.testing;

import io.alertify.deploy.AlertifyApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.awaitility.Awaitility;

/**
 * Alertify in a JVM of its own, on this test's class path, so that a test can kill it with SIGKILL
 * the way an OOM killer or a power cut would, or stop it with SIGTERM the way Kubernetes does. Its
 * log goes to {@code target/<name>.log}.
 */
public final class ChildAlertify implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildAlertify(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it and waits until {@code /actuator/health} answers UP. */
    public static ChildAlertify start(String name, Map<String, String> properties) throws IOException {
        int port = freePort();
        var command = new ArrayList<String>(List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), AlertifyApplication.class.getName(),
                "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        var log = Path.of("target", name + ".log");
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        var child = new ChildAlertify(process, port, log);
        Awaitility.await(name + " up (log: " + log + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .failFast(() -> !process.isAlive())
                .until(child::healthy);
        return child;
    }

    public int port() {
        return port;
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: nothing runs after it, no shutdown hook, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, and waits for the orderly shutdown to finish. */
    public int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    /** The client secret of {@code clientId} that the embedded issuer wrote into the data directory. */
    public static String secret(Path dataDir, String clientId) throws IOException {
        var properties = new Properties();
        try (var in = Files.newInputStream(dataDir.resolve("credentials.properties"))) {
            properties.load(in);
        }
        return properties.getProperty(clientId);
    }

    private boolean healthy() {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
