package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app runs as an account that reads and writes rows but cannot change the schema (decision 106): it can drop
 * neither the ledger's append-only triggers nor a table, nor alter one. The triggers belong to the owner account,
 * which Flyway migrates as; the embedded server's passwords are generated and kept in its folder.
 */
class LeastPrivilegeIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAppsAccountCannotDropATriggerOrAlterOrDropATable() {
        assertThat(jdbc.queryForObject("select current_user()", String.class)).startsWith(EmbeddedAccounts.APP + "@");
        assertThatThrownBy(() -> jdbc.execute("drop trigger ledger_entry_no_update"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("alter table ledger_entry add column sneaky int"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("drop table ledger_entry"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("create table sneaky (id int)"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("create trigger sneaky before insert on member for each row set @x = 1"))
                .rootCause()
                .hasMessageContaining("denied");
        // Rows are still the app's to read and write.
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class))
                .isPositive();
    }

    @Test
    void theLedgersTriggersBelongToTheOwnerAccount() throws Exception {
        EmbeddedAccounts accounts = EmbeddedMariaDb.accounts();
        String url = "jdbc:mariadb://127.0.0.1:" + EmbeddedMariaDb.port() + "/qcommons";
        List<String> definers = new ArrayList<>();
        try (Connection owner = DriverManager.getConnection(url, EmbeddedAccounts.OWNER, accounts.ownerPassword());
                ResultSet rs = owner.createStatement()
                        .executeQuery("select definer from information_schema.triggers where trigger_schema = "
                                + "database() and event_object_table = 'ledger_entry'")) {
            while (rs.next()) {
                definers.add(rs.getString(1));
            }
        }
        assertThat(definers).hasSize(2).allSatisfy(d -> assertThat(d).startsWith(EmbeddedAccounts.OWNER + "@"));
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .as("root has a password")
                .hasMessageContaining("denied");
    }

    @Test
    void thePasswordsAreGeneratedAndKeptInTheDatabaseFolderForItsOwnerOnly() throws Exception {
        File file = new File(EmbeddedMariaDb.binDir().getParentFile().getParentFile(), EmbeddedAccounts.FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath())))
                .isEqualTo("rw-------");
        EmbeddedAccounts stored = EmbeddedAccounts.read(file.getParentFile());
        assertThat(stored.appPassword()).hasSize(48).isNotEqualTo(stored.ownerPassword());
        assertThat(stored.toString()).doesNotContain(stored.appPassword());
    }
}
