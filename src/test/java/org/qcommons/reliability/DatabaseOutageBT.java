package org.qcommons.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.ChildApp;
import org.qcommons.testsupport.DebianMariaDb;

/**
 * The database goes away under a running app: pages say "temporarily unavailable" (no stack trace), and the app
 * recovers by itself, without a restart, when the database returns.
 */
class DatabaseOutageBT extends BrowserTestBase {

    @Test
    void theAppExplainsAnOutageAndRecoversWithoutARestart() throws Exception {
        Assumptions.assumeTrue(DebianMariaDb.installed(), "Debian's mariadb-server is not installed");
        Path work = Files.createTempDirectory("qcommons-outage");
        try (DebianMariaDb db = new DebianMariaDb();
                ChildApp app = ChildApp.start(
                        work,
                        Map.of(
                                "spring.profiles.active",
                                "mariadb",
                                "spring.datasource.url",
                                db.url(),
                                "spring.datasource.username",
                                "root",
                                "spring.datasource.password",
                                "",
                                "qcommons.data-dir",
                                work.resolve("data").toString()))) {
            driver().get(app.url(""));
            waitFor(By.id("figure-members"));

            db.stop();
            driver().get(app.url("organisations"));
            String outage = waitUpTo(30).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("temporarily unavailable") ? text : null;
            });
            assertThat(outage).doesNotContain("Exception").doesNotContain("at org.");

            db.start();
            driver().get(app.url("organisations"));
            // The mariadb profile never seeds demo data (issue 17): the page read from the database again is the
            // empty register of organisations, no longer the outage message.
            waitUpTo(60)
                    .until(d -> d.findElement(By.tagName("body"))
                            .getText()
                            .contains("No organisations have been added yet."));
            assertThat(app.log()).doesNotContain("OutOfMemoryError");
        }
    }
}
