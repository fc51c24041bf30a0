package org.qcommons.testsupport;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Q Commons in its own JVM, from the test class path, so a test can kill it with SIGKILL and start it again. */
public final class ChildApp implements AutoCloseable {

    private final Path log;
    private final int port;
    private final Process process;

    private ChildApp(Path log, int port, Process process) {
        this.log = log;
        this.port = port;
        this.process = process;
    }

    public static ChildApp start(Path workDir, Map<String, String> properties) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Dserver.port=" + port,
                "-Dvaadin.launch-browser=false"));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("org.qcommons.Application");
        Files.createDirectories(workDir);
        Path log = workDir.resolve("app-" + port + ".log");
        // Dev mode needs the project folder as its working directory; all data goes to workDir.
        Process p = new ProcessBuilder(cmd)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ChildApp app = new ChildApp(log, port, p);
        app.awaitFirstPage(Duration.ofMinutes(4));
        return app;
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public String log() throws Exception {
        return Files.readString(log);
    }

    public void awaitFirstPage(Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited:\n" + log());
            }
            try {
                var r = http.send(
                        HttpRequest.newBuilder(URI.create(url("")))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && log().contains("Q Commons is ready")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No first page in time:\n" + log());
    }

    /** SIGKILL the JVM and everything it started. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
