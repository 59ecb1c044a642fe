package io.alertify.deploy.cli;

import io.alertify.pipeline.detect.Detectors;
import java.nio.file.Path;

/**
 * The options of {@code ./alertify backtest}, as {@code --input X} or {@code --input=X}.
 *
 * @param detector the detector spec, {@link Detectors#DEFAULT} when not given
 * @param problem  what is wrong with the command line, or null
 */
record BacktestOptions(Path input, Path output, String detector, boolean help, String problem) {

    static BacktestOptions parse(String[] args) {
        String input = null;
        String output = null;
        String detector = null;
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new BacktestOptions(null, null, null, true, null);
            }
            var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--input") && !name.equals("--output") && !name.equals("--detector")) {
                return failed("Unexpected option '" + arg + "'.");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                return failed(name + " needs a value.");
            }
            if (value.isBlank()) {
                return failed(name + " needs a value.");
            }
            switch (name) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                default -> detector = value.strip();
            }
        }
        if (input == null || output == null) {
            return failed("backtest needs --input and --output.");
        }
        return new BacktestOptions(Path.of(input), Path.of(output), detector == null ? Detectors.DEFAULT : detector,
                false, null);
    }

    private static BacktestOptions failed(String problem) {
        return new BacktestOptions(null, null, null, false, problem);
    }
}
