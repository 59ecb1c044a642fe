package io.alertify.deploy.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines of a backtest on stderr (stdout stays for the summary, so it can be piped): files
 * done, rows, rate and a rough time left from the bytes read so far. At most one line every two
 * seconds, so a tree of thousands of small files does not flood the terminal; the last file always
 * gets its line.
 */
final class BacktestProgress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final int files;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private long lastLineNanos = startNanos;
    private long rows;
    private long bytes;

    BacktestProgress(PrintStream err, int files, long totalBytes) {
        this.err = err;
        this.files = files;
        this.totalBytes = totalBytes;
    }

    /** Called after each file, whether it was scored or failed. */
    void fileDone(int done, BacktestInputs.Item item, long fileRows, long fileBytes) {
        rows += fileRows;
        bytes += fileBytes;
        long now = System.nanoTime();
        if (done < files && now - lastLineNanos < EVERY_NANOS) {
            return;
        }
        lastLineNanos = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        var line = new StringBuilder(String.format(Locale.ROOT, "[%d/%d files] %,d rows, %,.0f rows/s",
                done, files, rows, rows / seconds));
        if (done < files && bytes > 0 && totalBytes > bytes) {
            double left = seconds * (totalBytes - bytes) / bytes;
            line.append(String.format(Locale.ROOT, ", about %s left", duration(left)));
        }
        err.println(line.append("  ").append(item.relative()));
    }

    long rows() {
        return rows;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
