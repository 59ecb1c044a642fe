package io.alertify.deploy.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/** What the peer comparisons share: wall time and CPU of a piece of work, ours and a child process's. */
final class SideBySide {

    private SideBySide() {
    }

    record Measured(double seconds, double cpuMillis) {
    }

    interface Work {
        void run() throws Exception;
    }

    interface Cpu {
        double millis() throws Exception;
    }

    static Measured measure(Work work, Cpu cpu) throws Exception {
        var cpuBefore = cpu.millis();
        var start = System.nanoTime();
        work.run();
        var seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(seconds, cpu.millis() - cpuBefore);
    }

    /** This JVM's CPU, in milliseconds. */
    static double ownCpu() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e6;
    }

    /** utime + stime of a process, in milliseconds (clock ticks of 10 ms on Linux). */
    static double processCpu(long pid) throws Exception {
        var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
    }

    /**
     * Posts each body in turn, as a sender would: a 429 is sent again after its Retry-After; anything else
     * but 2xx stops the benchmark.
     */
    static void post(HttpClient http, String url, List<String> bodies, String contentType, String token) throws Exception {
        for (var body : bodies) {
            var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            var response = new java.util.concurrent.atomic.AtomicReference<>(
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
            if (response.get().statusCode() == 429) {
                var wait = response.get().headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                Awaitility.await().atMost(Duration.ofMinutes(5)).pollDelay(Duration.ofSeconds(wait))
                        .pollInterval(Duration.ofSeconds(wait)).until(() -> {
                            response.set(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
                            return response.get().statusCode() != 429;
                        });
            }
            if (response.get().statusCode() >= 300) {
                throw new IllegalStateException(url + " answered " + response.get().statusCode() + ": "
                        + response.get().body());
            }
        }
    }

    static void waitUntilUp(HttpClient http, String url) {
        Awaitility.await(url + " to answer").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
