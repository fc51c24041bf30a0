package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.StandaloneTestBase;

/**
 * The mariadb profile's target: Debian's MariaDB 10.11 server. Starts a private server from the installed
 * package in a temporary folder (no system service touched) and applies every migration to it.
 */
class ExternalMariaDbIT extends StandaloneTestBase {

    private static final File MARIADBD = new File("/usr/sbin/mariadbd");
    private static Process server;
    private static Path dir;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        Assumptions.assumeTrue(MARIADBD.canExecute(), "Debian's mariadb-server is not installed");
        dir = Files.createTempDirectory("qcommons-external-db");
        port = freePort();
        String user = System.getProperty("user.name");
        run(
                "mariadb-install-db",
                "--user=" + user,
                "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal");
        server = new ProcessBuilder(
                        MARIADBD.getPath(),
                        "--no-defaults",
                        "--user=" + user,
                        "--datadir=" + dir.resolve("data"),
                        "--socket=" + dir.resolve("mysqld.sock"),
                        "--port=" + port,
                        "--bind-address=127.0.0.1",
                        "--pid-file=" + dir.resolve("mysqld.pid"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
                c.createStatement()
                        .execute("CREATE DATABASE qcommons CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                break;
            } catch (Exception notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(
                            "MariaDB did not start: " + Files.readString(dir.resolve("server.log")));
                }
                Thread.sleep(300);
            }
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.destroy();
            try {
                server.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The mariadb profile's two accounts (decision 106), as docs/operations describes them: the owner migrates, the
     * app reads and writes rows and cannot drop a trigger or alter a table.
     */
    @Test
    void theOwnerMigratesAndTheAppsAccountCannotChangeTheSchema() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/qcommons";
        try (Connection root = DriverManager.getConnection(url, "root", "")) {
            Statement s = root.createStatement();
            s.execute("CREATE DATABASE IF NOT EXISTS least CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // Named hosts: the anonymous ''@'localhost' of a fresh server would otherwise win over '%'.
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                s.execute("CREATE USER 'least_owner'@'" + host + "' IDENTIFIED BY 'owner-pw'");
                s.execute("GRANT ALL PRIVILEGES ON least.* TO 'least_owner'@'" + host + "'");
                s.execute("CREATE USER 'least_app'@'" + host + "' IDENTIFIED BY 'app-pw'");
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON least.* TO 'least_app'@'" + host + "'");
            }
        }
        String least = "jdbc:mariadb://127.0.0.1:" + port + "/least";
        assertThat(Flyway.configure()
                        .dataSource(least, "least_owner", "owner-pw")
                        .locations("classpath:db/migration")
                        .load()
                        .migrate()
                        .success)
                .isTrue();
        try (Connection app = DriverManager.getConnection(least, "least_app", "app-pw")) {
            Statement s = app.createStatement();
            assertThatThrownBy(() -> s.execute("DROP TRIGGER ledger_entry_no_update"))
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> s.execute("ALTER TABLE ledger_entry ADD COLUMN sneaky INT"))
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> s.execute("DROP TABLE member")).hasMessageContaining("denied");
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM member");
            rs.next();
            assertThat(rs.getLong(1)).isNotNegative();
        }
        try (Connection owner = DriverManager.getConnection(least, "least_owner", "owner-pw");
                ResultSet rs = owner.createStatement()
                        .executeQuery(
                                "SELECT definer FROM information_schema.triggers WHERE trigger_schema = 'least'")) {
            List<String> definers = new ArrayList<>();
            while (rs.next()) {
                definers.add(rs.getString(1));
            }
            assertThat(definers).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("least_owner@"));
        }
    }

    @Test
    void everyMigrationAppliesToDebiansMariaDb() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/qcommons";
        var result = Flyway.configure()
                .dataSource(url, "root", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            ResultSet version = c.createStatement().executeQuery("select version()");
            version.next();
            assertThat(version.getString(1)).contains("MariaDB");
            ResultSet tables = c.createStatement()
                    .executeQuery("select table_name from information_schema.tables where table_schema = 'qcommons'");
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            assertThat(names).contains("member", "organisation", "user_account", "skill");
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
