package io.alertify.pipeline.detect;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Command line entry point of the backtest (to become {@code ./alertify backtest ...}):
 * <pre>
 * Backtest --input FILE_OR_DIR --output DIR [--detector auto|threshold:...|baseline|seasonal|...]
 * </pre>
 * Exit status 0 on success, 2 on bad usage, 1 on failure.
 */
public final class Backtest {

    private Backtest() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path input = null;
        Path output = null;
        String detector = Detectors.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                usage();
                return 0;
            }
            if (i + 1 >= args.length) {
                System.err.println("backtest: " + a + " needs a value");
                usage();
                return 2;
            }
            switch (a) {
                case "--input" -> input = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--detector" -> detector = args[++i];
                default -> {
                    System.err.println("backtest: unknown argument " + a);
                    usage();
                    return 2;
                }
            }
        }
        if (input == null || output == null) {
            usage();
            return 2;
        }
        try {
            BacktestRunner.Summary s = new BacktestRunner(detector, System.out).run(input, output);
            System.out.printf(Locale.ROOT, "backtest: %d file(s), %d rows, %d anomalous rows, %.1f s (%s) -> %s%n",
                    s.files(), s.rows(), s.anomalousRows(), s.elapsedMillis() / 1000.0, detector, output);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("backtest: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("backtest: failed: " + e);
            return 1;
        }
    }

    private static void usage() {
        System.err.println("usage: backtest --input FILE_OR_DIR --output DIR [--detector SPEC]");
        System.err.println("  detectors: " + Detectors.names() + " (default " + Detectors.DEFAULT + ")");
        System.err.println("  e.g. --detector threshold:above=90,for=5m,keep=10m,recover-at=80");
    }
}
