package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.Driver;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Runs the real scripts: dump the test database, restore it into a fresh one, and compare every table. */
class BackupRestoreIT extends IntegrationTestBase {

    /** The owner account, as scripts/db-env.sh uses it: the app's own account may not create or drop a database. */
    private final JdbcTemplate jdbc = owner();

    private static JdbcTemplate owner() {
        SimpleDriverDataSource ds = new SimpleDriverDataSource();
        ds.setDriverClass(Driver.class);
        ds.setUrl("jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.port() + "/qcommons");
        ds.setUsername(EmbeddedAccounts.OWNER);
        ds.setPassword(EmbeddedMariaDb.accounts().ownerPassword());
        return new JdbcTemplate(ds);
    }

    @Test
    void aRestoredBackupMatchesTheOriginalTableByTable() throws Exception {
        Path dump = Files.createTempDirectory("qcommons-backup").resolve("backup.sql.gz");
        run(List.of("bash", "scripts/backup.sh", dump.toString()));
        assertThat(dump).exists();
        jdbc.execute("DROP DATABASE IF EXISTS qcommons_restore");
        run(List.of("bash", "scripts/restore.sh", dump.toString(), "qcommons_restore"));

        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'qcommons' "
                        + "and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("member", "organisation", "flyway_schema_history");
        assertThat(checksums("qcommons", tables)).isEqualTo(checksums("qcommons_restore", tables));
        jdbc.execute("DROP DATABASE qcommons_restore");
    }

    private Map<String, Long> checksums(String schema, List<String> tables) {
        Map<String, Long> sums = new TreeMap<>();
        for (String table : tables) {
            Map<String, Object> row = jdbc.queryForMap("CHECKSUM TABLE `" + schema + "`.`" + table + "`");
            sums.put(table, ((Number) row.get("Checksum")).longValue());
        }
        return sums;
    }

    private void run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("QCOMMONS_DB_PORT", String.valueOf(EmbeddedMariaDb.port()));
        pb.environment().put("QCOMMONS_DB_BIN", EmbeddedMariaDb.binDir().getAbsolutePath());
        pb.environment().put("QCOMMONS_DB_USER", EmbeddedAccounts.OWNER);
        pb.environment().put("QCOMMONS_DB_PASSWORD", EmbeddedMariaDb.accounts().ownerPassword());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(new File(".").getAbsoluteFile()).exists();
    }
}
