package io.alertify.deploy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CSV files a backtest reads and where each result goes: one file, or every {@code *.csv} under a
 * folder in a stable (sorted) order, each written at the same relative path under the output folder.
 * Results under the input tree (an output folder inside the input folder) are not read back as data.
 */
record BacktestInputs(Path root, Path output, List<Path> files, long totalBytes) {

    /** One input file and the results file it becomes. */
    record Item(Path file, Path relative, Path target) {
    }

    static BacktestInputs scan(Path input, Path output) throws IOException {
        var root = input.toAbsolutePath().normalize();
        var out = output.toAbsolutePath().normalize();
        List<Path> files;
        if (Files.isRegularFile(root)) {
            files = List.of(root);
        } else {
            // results written inside the input tree must not be read back as data on the next run
            boolean outputInside = out.startsWith(root) && !out.equals(root);
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> !(outputInside && p.startsWith(out)))
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .toList();
            } catch (UncheckedIOException e) { // an unreadable sub-folder met during the walk
                throw e.getCause();
            }
        }
        long bytes = 0;
        for (var file : files) {
            bytes += Files.size(file);
        }
        return new BacktestInputs(root, out, files, bytes);
    }

    Item item(int index) {
        var file = files.get(index);
        var relative = file.equals(root) ? file.getFileName() : root.relativize(file);
        return new Item(file, relative, output.resolve(relative));
    }

    /** An input that a result would overwrite (e.g. output folder = input folder), or null. */
    Path overwrittenInput() {
        var inputs = new HashSet<>(files);
        for (int i = 0; i < files.size(); i++) {
            var target = item(i).target();
            if (inputs.contains(target)) {
                return target;
            }
        }
        return null;
    }
}
