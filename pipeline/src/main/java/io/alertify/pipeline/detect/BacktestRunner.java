package io.alertify.pipeline.detect;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Replays CSV series through a detector, one fresh detector per file, rows in file order, and
 * writes {@code timestamp,value,anomaly_score} for each input at the same relative path under the
 * output folder (the NAB results convention).
 */
public final class BacktestRunner {

    /** Totals of one run. */
    public record Summary(int files, long rows, long anomalousRows, long elapsedMillis) {
    }

    private static final long PROGRESS_EVERY_MILLIS = 2_000L;

    private final Supplier<Detector> detectors;
    private final PrintStream progress;

    /**
     * @param detectorSpec detector spec, see {@link Detectors}
     * @param progress     where progress lines go (null for silence)
     */
    public BacktestRunner(String detectorSpec, PrintStream progress) {
        this.detectors = Detectors.factory(detectorSpec);
        this.progress = progress;
    }

    /** Runs every {@code *.csv} under input (or input itself when it is a file). */
    public Summary run(Path input, Path output) throws IOException {
        long start = System.currentTimeMillis();
        List<Path> files = csvFiles(input);
        if (files.isEmpty()) {
            throw new IOException("no .csv files under " + input);
        }
        long rows = 0;
        long anomalous = 0;
        long lastReport = start;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
            List<SeriesCsv.Row> series = SeriesCsv.read(file);
            double[] scores = new double[series.size()];
            anomalous += score(detectors.get(), series, scores);
            SeriesCsv.writeScores(output.resolve(relative.toString()), series, scores);
            rows += series.size();
            long now = System.currentTimeMillis();
            if (progress != null && (now - lastReport >= PROGRESS_EVERY_MILLIS || i == files.size() - 1)) {
                progress.printf("[%d/%d] %s (%d rows, %d total)%n", i + 1, files.size(), relative, series.size(), rows);
                lastReport = now;
            }
        }
        return new Summary(files.size(), rows, anomalous, System.currentTimeMillis() - start);
    }

    /** Scores one series into {@code scores}; returns the number of anomalous rows. */
    static long score(Detector detector, List<SeriesCsv.Row> series, double[] scores) {
        long anomalous = 0;
        for (int r = 0; r < series.size(); r++) {
            SeriesCsv.Row row = series.get(r);
            Score s = detector.sample(row.timestampMillis(), row.value());
            scores[r] = s.score();
            if (s.anomalous()) {
                anomalous++;
            }
        }
        return anomalous;
    }

    static List<Path> csvFiles(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
