package io.alertify.deploy.cli;

import io.alertify.pipeline.detect.BacktestRunner;
import io.alertify.pipeline.detect.Detectors;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./alertify backtest --input FILE_OR_DIR --output DIR [--detector SPEC]}: replays recorded
 * series through a detector offline, without starting the server, and writes
 * {@code timestamp,value,anomaly_score} per input file. Every file gets a fresh detector (see
 * {@link BacktestRunner}); a file that cannot be read is reported and skipped so one bad export does
 * not throw away an hour of scoring. Exit status 0 done, 1 failed, 2 bad usage.
 */
final class BacktestCommand {

    private final PrintStream out;
    private final PrintStream err;

    BacktestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        var options = BacktestOptions.parse(args);
        if (options.help()) {
            out.print(Help.BACKTEST);
            return 0;
        }
        if (options.problem() != null) {
            err.println(options.problem());
            err.print(Help.BACKTEST);
            return 2;
        }
        BacktestRunner runner;
        try {
            runner = new BacktestRunner(options.detector(), null);
        } catch (RuntimeException e) {
            err.println(detectorProblem(options.detector(), e));
            return 2;
        }
        var input = options.input();
        if (!Files.exists(input)) {
            err.println("Input '" + input + "' does not exist.");
            return 1;
        }
        if (!Files.isReadable(input)) {
            err.println("Cannot read input '" + input + "': permission denied.");
            return 1;
        }
        BacktestInputs inputs;
        try {
            inputs = BacktestInputs.scan(input, options.output());
        } catch (IOException e) {
            err.println("Cannot read input '" + input + "': " + describe(e) + ".");
            return 1;
        }
        if (inputs.files().isEmpty()) {
            err.println("No .csv files in '" + input + "'.");
            return 1;
        }
        var overwritten = inputs.overwrittenInput();
        if (overwritten != null) {
            err.println("--output '" + options.output() + "' would overwrite the input " + overwritten
                    + " with its results; choose another folder.");
            return 2;
        }
        var outputProblem = prepareOutput(options.output());
        if (outputProblem != null) {
            err.println(outputProblem);
            return 1;
        }
        return score(runner, inputs, options);
    }

    private int score(BacktestRunner runner, BacktestInputs inputs, BacktestOptions options) {
        int count = inputs.files().size();
        err.printf(Locale.ROOT, "Backtesting %d file(s) (%s) with detector '%s'...%n", count,
                megabytes(inputs.totalBytes()), options.detector());
        var progress = new BacktestProgress(err, count, inputs.totalBytes());
        long anomalous = 0;
        int failed = 0;
        for (int i = 0; i < count; i++) {
            var item = inputs.item(i);
            long rows = 0;
            long bytes = 0;
            try {
                bytes = Files.size(item.file());
                var summary = runner.run(item.file(), item.target().getParent());
                rows = summary.rows();
                anomalous += summary.anomalousRows();
            } catch (IOException | RuntimeException e) {
                failed++;
                err.println("Skipped " + item.relative() + ": " + describe(e));
            }
            progress.fileDone(i + 1, item, rows, bytes);
        }
        long rows = progress.rows();
        out.printf(Locale.ROOT, "%s %d of %d file(s), %,d rows, %,d anomalous (%.1f%%), %s, detector '%s'. "
                        + "Results in %s%n",
                failed == 0 ? "Scored" : "Scored only", count - failed, count, rows, anomalous,
                rows == 0 ? 0.0 : 100.0 * anomalous / rows, BacktestProgress.duration(progress.elapsedSeconds()),
                options.detector(), inputs.output());
        if (failed > 0) {
            err.println(failed + " file(s) failed, see above.");
            return 1;
        }
        return 0;
    }

    /** Creates the output folder; returns what stops us from writing there, or null. */
    private static String prepareOutput(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return "Output '" + output + "' is a file; --output needs a folder.";
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            return "Cannot create the output folder '" + output + "': " + describe(e) + ".";
        }
        if (!Files.isWritable(output)) {
            return "Cannot write to the output folder '" + output + "': permission denied.";
        }
        return null;
    }

    static String detectorProblem(String spec, RuntimeException e) {
        var known = "Known detectors: " + String.join(", ", Detectors.names()) + ".";
        var name = detectorName(spec);
        if (!Detectors.names().contains(name)) {
            return "Unknown detector '" + name + "'. " + known;
        }
        return "Bad detector '" + spec + "': " + e.getMessage() + ". " + known
                + " See ./alertify backtest --help for the options.";
    }

    private static String detectorName(String spec) {
        var s = spec == null || spec.isBlank() ? Detectors.DEFAULT : spec.strip();
        int colon = s.indexOf(':');
        return (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "not found (" + e.getMessage() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT) + " (" + fs.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
