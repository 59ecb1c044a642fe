package io.alertify.deploy.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The commands of the artifact, as the {@code ./alertify} launcher passes them. With no command (or only
 * Spring Boot options such as {@code --server.port=9090}) it starts the server.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs a command.
     *
     * @return the process exit code, or -1 when the server was started and the process must keep running
     */
    public static int run(String[] args, Consumer<String[]> serve) {
        return run(args, serve, System.out, System.err);
    }

    static int run(String[] args, Consumer<String[]> serve, PrintStream out, PrintStream err) {
        if (args.length == 0 || (args[0].startsWith("--") && !isHelp(args[0]))) {
            serve.accept(args);
            return -1;
        }
        var command = args[0];
        var rest = Arrays.copyOfRange(args, 1, args.length);
        boolean help = rest.length > 0 && isHelp(rest[0]);
        switch (command) {
            case "serve" -> {
                if (help) {
                    out.print(Help.SERVE);
                    return 0;
                }
                serve.accept(rest);
                return -1;
            }
            case "token" -> {
                if (help) {
                    out.print(Help.TOKEN);
                    return 0;
                }
                return new TokenCommand(out, err).run(rest);
            }
            case "backtest" -> {
                if (help) {
                    out.print(Help.BACKTEST);
                    return 0;
                }
                return new BacktestCommand(out, err).run(rest);
            }
            case "help", "--help", "-h" -> {
                out.print(Help.GENERAL);
                return 0;
            }
            default -> {
                err.println("Unknown command '" + command + "'.");
                err.print(Help.GENERAL);
                return 2;
            }
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }
}
