package org.qcommons.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes one benchmark's section into docs/benchmarks.md, between markers, so each benchmark can be rerun alone
 * without losing the others' figures. Prints the same text to the console.
 */
public final class BenchmarkReport {

    private static final Path FILE = Path.of("docs", "benchmarks.md");

    private BenchmarkReport() {}

    public static String machine() {
        long memGiB =
                Math.round(((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize()
                        / (1024.0 * 1024 * 1024));
        return Runtime.getRuntime().availableProcessors() + " cores, " + memGiB + " GiB memory, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name");
    }

    public static synchronized void write(String name, String markdown) throws IOException {
        String section = "<!-- " + name + ":start -->\n" + markdown.strip() + "\n\n_Measured " + LocalDate.now()
                + " on " + machine() + "._\n<!-- " + name + ":end -->";
        System.out.println("\n===== " + name + " =====\n" + markdown.strip() + "\n");
        String doc = Files.exists(FILE)
                ? Files.readString(FILE)
                : "# Benchmarks\n\nRun them all with `mvn -Pbenchmark verify` (not part of the normal test run).\n";
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        int s = doc.indexOf(start);
        int e = doc.indexOf(end);
        if (s >= 0 && e > s) {
            doc = doc.substring(0, s) + section + doc.substring(e + end.length());
        } else {
            doc = doc.strip() + "\n\n" + section + "\n";
        }
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, doc);
    }

    /** The one-minute load average, to tell a quiet machine's figure from a busy one's. */
    public static String load() {
        return String.format(
                "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    public static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }
}
