package org.qcommons.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.ChildApp;

/**
 * The public search API under load from wrk (apt-get install wrk) on loopback: requests per second and p99, with
 * the app in its own JVM on the embedded database and demo data. Bounded: 15 s of load, then it stops.
 */
class ApiThroughputBenchmark {

    @Test
    void publicSearchApiThroughput() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/wrk").canExecute(), "wrk is not installed (apt-get install wrk)");
        String path = "api/projects?q=sepsis&size=20";
        double[] cached = measure(path, "60");
        double[] uncached = measure(path, "0");
        String md = """
                ## Public search API under wrk (loopback)

                `wrk -t2 -c32 -d15s --latency /%s` against the app in its own JVM (embedded MariaDB, demo data),
                after 5 s of warm-up. Responses say `Cache-Control: public, max-age=300`; the app keeps recent pages
                for 60 s (cleared whenever a project is saved), so the first row is what clients see. The second row
                starts the app with `qcommons.api.cache-seconds=0`: every request runs the search.

                | Measure | Figure | Target | Verdict |
                |---|---|---|---|
                | Throughput, page cache on | %.0f requests/s | ≥ 2,000 | %s |
                | p50 / p99 latency, page cache on | %.1f ms / %.1f ms | p99 < 50 ms | %s |
                | Throughput, every request searches | %.0f requests/s | ≥ 2,000 | %s |
                | p50 / p99 latency, every request searches | %.1f ms / %.1f ms | p99 < 50 ms | %s |

                wrk and the app share the same two cores.
                """.formatted(
                        path,
                        cached[0],
                        BenchmarkReport.verdict(cached[0] >= 2000),
                        cached[1],
                        cached[2],
                        BenchmarkReport.verdict(cached[2] < 50),
                        uncached[0],
                        BenchmarkReport.verdict(uncached[0] >= 2000),
                        uncached[1],
                        uncached[2],
                        BenchmarkReport.verdict(uncached[2] < 50));
        System.out.println(md);
        BenchmarkReport.write("api-throughput", md);
        assertThat(cached[0]).isPositive();
        assertThat(uncached[0]).isPositive();
    }

    /** Requests per second, p50 and p99 in ms. */
    private static double[] measure(String path, String cacheSeconds) throws Exception {
        Files.createDirectories(Path.of("target"));
        Path work = Files.createTempDirectory(Path.of("target"), "bench-api-").toAbsolutePath();
        try (ChildApp app = ChildApp.start(
                work,
                Map.of(
                        "qcommons.db.embedded-dir",
                        work.resolve("mariadb").toString(),
                        "qcommons.data-dir",
                        work.resolve("data").toString(),
                        "qcommons.demo",
                        "true",
                        "qcommons.api.cache-seconds",
                        cacheSeconds))) {
            String url = app.url(path);
            wrk(url, 5); // warm-up
            String out = wrk(url, 15);
            assertThat(out).as("every response a success").doesNotContain("Non-2xx");
            return new double[] {
                Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)")),
                millis(find(out, "50%\\s+([\\d.]+\\w+)")),
                millis(find(out, "99%\\s+([\\d.]+\\w+)"))
            };
        }
    }

    private static String wrk(String url, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(seconds + 30L, TimeUnit.SECONDS);
        return out;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + regex + " in wrk output:\n" + text);
        }
        return m.group(1);
    }

    private static double millis(String value) {
        if (value.endsWith("us")) return Double.parseDouble(value.replace("us", "")) / 1000;
        if (value.endsWith("ms")) return Double.parseDouble(value.replace("ms", ""));
        if (value.endsWith("s")) return Double.parseDouble(value.replace("s", "")) * 1000;
        return Double.parseDouble(value);
    }
}
