package org.qcommons.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.testsupport.KaribuTest;

/** The bulk invitation page: a file with a problem shows it, and sending waits for the admin's choice. */
class BulkInviteViewKT extends KaribuTest {

    @Test
    void aFileWithAProblemIsReportedAndSendingNeedsTheValidRowsChoice() {
        signInAs(Role.ADMIN);
        BulkInviteView view = navigateTo("admin/invite/import", BulkInviteView.class);
        long n = System.nanoTime();
        String csv = "name,email,organisation\n" + "Fay Bulk,fay-" + n + "@trust.example,No Such Trust " + n + "\n";
        view.received("list.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(view.summary.getText()).contains("1 problems").contains("Nobody will be invited");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.send.isEnabled()).isFalse();
        assertThat(view.onlyValid.isVisible()).as("no valid row to choose").isFalse();

        view.received("empty.csv", "name,email,organisation\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.send.isEnabled()).as("nobody to invite").isFalse();
    }
}
