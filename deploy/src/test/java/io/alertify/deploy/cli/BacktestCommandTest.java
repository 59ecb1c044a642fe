package io.alertify.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./alertify backtest} as someone would run it on a folder of exported metrics. */
class BacktestCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void scoresAFolderTreeIntoTheSameTreeWithTheSameRowsInTheSameOrder() throws IOException {
        var latency = write("exports/checkout/latency.csv", series(600, 200, 500, 41));
        var errors = write("exports/payments/2026/errors.csv", series(400, 1, -1, 42));
        Files.writeString(tmp.resolve("exports/README.txt"), "not a series");

        int status = backtest("--input", tmp.resolve("exports").toString(), "--output", tmp.resolve("results").toString());

        assertThat(status).as(err()).isZero();
        assertThat(listFiles(tmp.resolve("results")))
                .containsExactly("checkout/latency.csv", "payments/2026/errors.csv");
        assertResults(latency, tmp.resolve("results/checkout/latency.csv"));
        assertResults(errors, tmp.resolve("results/payments/2026/errors.csv"));
        assertThat(out()).startsWith("Scored 2 of 2 file(s), 1,000 rows, ")
                .contains("detector 'auto'")
                .contains("Results in " + tmp.resolve("results"));
        assertThat(err()).as("progress goes to stderr").contains("[2/2 files] 1,000 rows, ");
    }

    @Test
    void theSpikeScoresHigherThanTheCalmRowsAroundIt() throws IOException {
        write("latency.csv", series(600, 200, 500, 43));

        assertThat(backtest("--input", tmp.resolve("latency.csv").toString(), "--output", tmp.resolve("out").toString()))
                .isZero();

        var scores = scores(tmp.resolve("out/latency.csv"));
        assertThat(scores.get(500)).isGreaterThan(0.5);
        assertThat(scores.subList(400, 499)).allSatisfy(score -> assertThat(score).isLessThan(scores.get(500)));
    }

    @Test
    void aRuleCanBeBacktestedToo() throws IOException {
        write("latency.csv", series(100, 200, 50, 44));

        int status = backtest("--input=" + tmp.resolve("latency.csv"), "--output=" + tmp.resolve("out"),
                "--detector=threshold:above=400");

        assertThat(status).as(err()).isZero();
        var scores = scores(tmp.resolve("out/latency.csv"));
        assertThat(scores.get(50)).isGreaterThanOrEqualTo(0.5);
        assertThat(scores.get(10)).isZero();
        assertThat(out()).contains(", 1 anomalous (").contains("detector 'threshold:above=400'");
    }

    @Test
    void anUnknownDetectorListsTheKnownOnes() throws IOException {
        write("latency.csv", series(10, 200, -1, 45));

        int status = backtest("--input", tmp.resolve("latency.csv").toString(), "--output", tmp.resolve("out").toString(),
                "--detector", "magic");

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("Unknown detector 'magic'. Known detectors: auto, baseline, seasonal")
                .contains("threshold").contains("rcf");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aBadDetectorOptionIsNamed() {
        int status = backtest("--input", "x.csv", "--output", "out", "--detector", "threshold:above=high");

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("Bad detector 'threshold:above=high': ").contains("high");
    }

    @Test
    void aMissingInputIsNamed() {
        var missing = tmp.resolve("no-such-folder");

        assertThat(backtest("--input", missing.toString(), "--output", tmp.resolve("out").toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("Input '" + missing + "' does not exist." + System.lineSeparator());
    }

    @Test
    void aFolderWithoutCsvFilesIsNamed() throws IOException {
        Files.createDirectories(tmp.resolve("empty"));

        assertThat(backtest("--input", tmp.resolve("empty").toString(), "--output", tmp.resolve("out").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("No .csv files in '" + tmp.resolve("empty") + "'.");
    }

    @Test
    void anOutputThatCannotBeAFolderIsNamed() throws IOException {
        write("latency.csv", series(10, 200, -1, 46));
        var file = Files.writeString(tmp.resolve("taken"), "a file");

        assertThat(backtest("--input", tmp.resolve("latency.csv").toString(), "--output", file.toString())).isEqualTo(1);
        assertThat(err()).contains("Output '" + file + "' is a file; --output needs a folder.");

        stderr.reset();
        assertThat(backtest("--input", tmp.resolve("latency.csv").toString(), "--output", file.resolve("sub").toString()))
                .isEqualTo(1);
        assertThat(err()).startsWith("Cannot create the output folder '" + file.resolve("sub") + "': ");
    }

    @Test
    void resultsNeverOverwriteTheData() throws IOException {
        var data = write("data/latency.csv", series(10, 200, -1, 47));
        var before = Files.readString(data);

        assertThat(backtest("--input", tmp.resolve("data").toString(), "--output", tmp.resolve("data").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("would overwrite the input " + data);
        assertThat(Files.readString(data)).isEqualTo(before);
    }

    @Test
    void resultsInsideTheInputFolderAreNotReadBackOnTheNextRun() throws IOException {
        write("exports/latency.csv", series(50, 10, -1, 49));
        var args = new String[] {"--input", tmp.resolve("exports").toString(),
                "--output", tmp.resolve("exports/results").toString()};

        assertThat(backtest(args)).isZero();
        stdout.reset();
        assertThat(backtest(args)).isZero();

        assertThat(out()).startsWith("Scored 1 of 1 file(s), 50 rows");
        assertThat(listFiles(tmp.resolve("exports"))).containsExactly("latency.csv", "results/latency.csv");
    }

    @Test
    void aBrokenFileIsSkippedAndTheRestIsScored() throws IOException {
        write("exports/a.csv", List.of("timestamp,value", "2026-11-25 06:00:00,1.5", "2026-11-25 06:01:00,slow"));
        write("exports/b.csv", series(50, 10, -1, 48));

        int status = backtest("--input", tmp.resolve("exports").toString(), "--output", tmp.resolve("out").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("Skipped a.csv: ").contains(":3: bad value 'slow'").contains("1 file(s) failed");
        assertThat(tmp.resolve("out/b.csv")).exists();
        assertThat(out()).startsWith("Scored only 1 of 2 file(s), 50 rows");
    }

    @Test
    void usageMistakesExitWith2AndShowTheHelp() {
        assertThat(backtest("--input", "x.csv")).isEqualTo(2);
        assertThat(err()).startsWith("backtest needs --input and --output.").contains("Usage: ./alertify backtest");

        stderr.reset();
        assertThat(backtest("--input", "x.csv", "--output")).isEqualTo(2);
        assertThat(err()).startsWith("--output needs a value.");

        stderr.reset();
        assertThat(backtest("--input", "x.csv", "--output", "out", "--fast")).isEqualTo(2);
        assertThat(err()).startsWith("Unexpected option '--fast'.");
    }

    @Test
    void helpListsTheDetectorsAndIsReachableFromTheGeneralHelp() {
        assertThat(Cli.run(new String[] {"backtest", "--help"}, args -> { }, print(stdout), print(stderr))).isZero();
        assertThat(out()).contains("--input FILE_OR_DIR").contains("auto, baseline, seasonal");
        assertThat(Help.GENERAL).contains("backtest");
    }

    private int backtest(String... args) {
        var all = new String[args.length + 1];
        all[0] = "backtest";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, ignored -> {
            throw new AssertionError("backtest must not start the server");
        }, print(stdout), print(stderr));
    }

    /** Five-minute samples around a level with a little noise, and a jump to five times it at {@code spikeAt}. */
    private static List<String> series(int rows, double level, int spikeAt, long seed) {
        var random = new Random(seed);
        var start = Instant.parse("2026-11-01T00:00:00Z");
        var lines = new ArrayList<String>();
        lines.add("timestamp,value");
        for (int i = 0; i < rows; i++) {
            double value = i == spikeAt ? level * 5 : level + random.nextGaussian() * level * 0.02;
            var t = start.plusSeconds(300L * i).toString().replace('T', ' ').replace("Z", "");
            lines.add(t + "," + value);
        }
        return lines;
    }

    private Path write(String relative, List<String> lines) throws IOException {
        var file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, lines);
    }

    private static void assertResults(Path input, Path result) throws IOException {
        var in = Files.readAllLines(input);
        var out = Files.readAllLines(result);
        assertThat(out).hasSameSizeAs(in);
        assertThat(out.getFirst()).isEqualTo("timestamp,value,anomaly_score");
        for (int i = 1; i < in.size(); i++) {
            assertThat(out.get(i)).startsWith(in.get(i) + ",");
            assertThat(Double.parseDouble(out.get(i).substring(in.get(i).length() + 1))).isBetween(0.0, 1.0);
        }
    }

    /** Scores by data row (0 = first row after the header). */
    private static List<Double> scores(Path result) throws IOException {
        return Files.readAllLines(result).stream().skip(1)
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(',') + 1)))
                .toList();
    }

    private static List<String> listFiles(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
