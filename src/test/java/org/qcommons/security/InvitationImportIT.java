package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A CSV of invitees is checked row by row; nobody is invited from a file with problems unless the admin says so. */
class InvitationImportIT extends IntegrationTestBase {

    @Autowired
    InvitationImport importer;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileWithProblemsIsReportedAndOnlyTheValidRowsAreInvitedWhenChosen() throws Exception {
        long n = System.nanoTime();
        String org = SystemRunner.asSystem(
                () -> organisations.currentOrganisations().getFirst().getName());
        String a = "bulk-a-" + n + "@trust.example";
        String b = "bulk-b-" + n + "@trust.example";
        String csv = "name,email,organisation\n"
                + "Ada Bulk," + a + "," + org + "\n"
                + "Ben Bulk," + b + ",\"" + org + "\"\n"
                + "Cy Bulk,not-an-email," + org + "\n"
                + "Di Bulk," + a + "," + org + "\n"
                + "Ed Bulk,ed-" + n + "@trust.example,No Such Trust " + n + "\n";

        var report = SystemRunner.asSystem(
                () -> importer.check(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.dataRows()).isEqualTo(5);
        assertThat(report.valid()).extracting(InvitationImport.Invitee::email).containsExactly(a, b);
        assertThat(report.problems()).extracting(InvitationImport.Problem::row).containsExactly(4L, 5L, 6L);
        assertThat(report.problems().get(2).problem()).contains("No current organisation");
        assertThatThrownBy(() -> SystemRunner.asSystem(() -> importer.send(report, false)))
                .isInstanceOf(BusinessException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE email = ?", Long.class, a))
                .isZero();

        assertThat(SystemRunner.asSystem(() -> importer.send(report, true))).isEqualTo(2);

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM member WHERE email IN (?, ?) AND status = 'ACTIVE'", Long.class, a, b))
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.to(b).isEmpty());
        assertThat(TestMail.to(b).getFirst().getContent().toString()).contains("/welcome/");
    }
}
