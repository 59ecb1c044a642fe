package io.alertify.deploy.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            while (response.statusCode() == 429) {
                var wait = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                Thread.sleep(wait * 1000);
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    static void waitUntilUp(HttpClient http, String url) throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(url + " did not answer");
    }
}
