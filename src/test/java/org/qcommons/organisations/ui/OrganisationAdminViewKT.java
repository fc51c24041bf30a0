package org.qcommons.organisations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OrganisationAdminViewKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminAddsAnOrganisationAndAMalformedOdsCodeIsRefusedAtTheField() {
        signInAs(Role.ADMIN);
        OrganisationAdminView view = navigateTo("admin/organisations", OrganisationAdminView.class);
        _click(view.add);
        OrganisationDialog dialog = _get(OrganisationDialog.class);
        String name = "KT Hospice " + ExchangeFixtures.next();
        Fields.setValue(dialog.name, name);
        Fields.setValue(dialog.stp, organisations.stps().getFirst());
        Fields.setValue(dialog.odsCode, "not a code");
        _click(dialog.save);
        assertThat(dialog.odsCode.isInvalid()).isTrue();
        assertThat(dialog.odsCode.getErrorMessage()).contains("ODS code");
        Fields.setValue(dialog.odsCode, String.format("x%05d", ExchangeFixtures.next() % 100000));
        _click(dialog.save);
        assertThat(jdbc.queryForObject("SELECT ods_code FROM organisation WHERE name = ?", String.class, name))
                .startsWith("X");
    }

    @Test
    void theMergeDialogSaysWhatItWillMove() {
        var fx = new ExchangeFixtures(applicationContext);
        Organisation from = fx.newLender(null).org();
        fx.newMember(from, null);
        signInAs(Role.ADMIN);
        navigateTo("admin/organisations", OrganisationAdminView.class);
        MergeDialog dialog = new MergeDialog(
                from,
                organisations.currentOrganisations(),
                applicationContext.getBean(OrganisationAdministration.class),
                () -> {});
        assertThat(dialog.moves.getText()).contains("2 members").contains("concordat signature");
        _click(dialog.merge);
        assertThat(dialog.into.isInvalid()).isTrue();
    }
}
