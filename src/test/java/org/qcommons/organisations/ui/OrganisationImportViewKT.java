package org.qcommons.organisations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.organisations.OrganisationImport.Layout;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrganisationImportViewKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOdsFileWithAClosedTrustImportsNothingUntilTheAdminChoosesTheValidRows() {
        long n = ExchangeFixtures.next() % 1000;
        String open = String.format("Z%03d", n);
        String closed = String.format("Y%03d", n);
        String etr = open + ",KT OPEN " + n + " NHS FOUNDATION TRUST,Y56,QE1,ROAD,,TOWN,,,BS10 5NB,20010401,,,,\n"
                + closed + ",KT CLOSED " + n + " NHS TRUST,Y56,QE1,LANE,,CITY,,,BS1 1AA,19940401,20200331,,,\n"
                + "not-a-code,KT BAD NHS TRUST,Y56,QE1,,,,,,X,20010401,,,,\n";
        signInAs(Role.ADMIN);
        OrganisationImportView view = navigateTo("admin/organisations/import", OrganisationImportView.class);
        Fields.setValue(view.layout, Layout.ODS_ETR);
        Fields.setValue(view.area, organisations.stps().getFirst());
        view.received("etr.csv", etr.getBytes(StandardCharsets.UTF_8));

        assertThat(view.report.dataRows()).isEqualTo(3);
        assertThat(view.report.valid()).hasSize(1);
        assertThat(view.report.problems())
                .extracting(p -> p.problem())
                .anyMatch(p -> p.startsWith("Closed on 31/03/2020"))
                .anyMatch(p -> p.contains("not an ODS code"));
        assertThat(view.importButton.isEnabled()).isFalse();
        Fields.setValue(view.onlyValid, true);
        assertThat(view.importButton.isEnabled()).isTrue();
        view.runImport(true);

        assertThat(jdbc.queryForObject("SELECT name FROM organisation WHERE ods_code = ?", String.class, open))
                .isEqualTo("Kt Open " + n + " NHS Foundation Trust");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE ods_code = ?", Long.class, closed))
                .isZero();
    }
}
