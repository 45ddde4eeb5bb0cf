package org.volunteernet.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Progress lines while a benchmark runs, and the one table all benchmark classes of a run add their rows to. */
final class BenchmarkTable {

    private static final List<String[]> ROWS = new ArrayList<>();

    private BenchmarkTable() {
    }

    static void progress(String format, Object... args) {
        System.out.printf("[benchmark] " + format + "%n", args);
    }

    static synchronized void result(String what, String measured, String goal, String verdict) {
        ROWS.add(new String[] {what, measured, goal, verdict});
        progress("%s: %s (goal %s) %s", what, measured, goal, verdict);
    }

    /** Prints the table so far and writes it to .local/benchmarks/latest.md (each class's end rewrites it with all rows). */
    static synchronized void print() throws IOException {
        StringBuilder table = new StringBuilder("| measure | result | goal | |\n| --- | --- | --- | --- |\n");
        for (String[] row : ROWS) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version");
        String text = "Benchmark run " + java.time.Instant.now() + " on " + machine + "\n\n" + table;
        System.out.println();
        System.out.println(text);
        Path out = Path.of(System.getProperty("volunteernet.root", "..")).resolve(".local/benchmarks/latest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
