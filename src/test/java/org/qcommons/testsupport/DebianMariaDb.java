package org.qcommons.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

/**
 * A private MariaDB server from Debian's package, in a temporary folder on a free port, that a test can stop,
 * kill and start again on the same data: an external database with a life of its own, as in production.
 */
public final class DebianMariaDb implements AutoCloseable {

    public static final File MARIADBD = new File("/usr/sbin/mariadbd");
    private final Path dir;
    private final int port;
    private Process server;

    public DebianMariaDb() throws Exception {
        dir = Files.createTempDirectory("qcommons-mariadb");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(
                "mariadb-install-db",
                "--user=" + System.getProperty("user.name"),
                "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal");
        start();
        try (Connection c = connect("")) {
            c.createStatement().execute("CREATE DATABASE qcommons CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public static boolean installed() {
        return MARIADBD.canExecute();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/qcommons";
    }

    public Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database, "root", "");
    }

    public synchronized void start() throws Exception {
        server = new ProcessBuilder(
                        MARIADBD.getPath(),
                        "--no-defaults",
                        "--user=" + System.getProperty("user.name"),
                        "--datadir=" + dir.resolve("data"),
                        "--socket=" + dir.resolve("mysqld.sock"),
                        "--port=" + port,
                        "--bind-address=127.0.0.1",
                        "--pid-file=" + dir.resolve("mysqld.pid"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("server.log").toFile()))
                .start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Connection ignored = connect("")) {
                return;
            } catch (Exception notYet) {
                if (System.currentTimeMillis() > deadline || !server.isAlive()) {
                    throw new IllegalStateException(
                            "MariaDB did not start: " + Files.readString(dir.resolve("server.log")));
                }
                Thread.sleep(200);
            }
        }
    }

    /** A clean shutdown, as an administrator stopping the service would. */
    public synchronized void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** SIGKILL: no flush, no goodbye. InnoDB recovers on the next start. */
    public synchronized void kill() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
