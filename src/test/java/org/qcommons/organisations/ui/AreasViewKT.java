package org.qcommons.organisations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AreasViewKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    OrganisationAdministration admin;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void renamingKeepsTheOldNameAndRetiringAskForASuccessorAndMovesTheOrganisations() {
        long n = ExchangeFixtures.next();
        Region region = SystemRunner.asSystem(() -> admin.createRegion("KT Region " + n));
        Stp old = SystemRunner.asSystem(() -> admin.saveStp(null, "KT STP " + n, region, null));
        Stp successor = SystemRunner.asSystem(() -> admin.saveStp(null, "KT ICS " + n, region, null));
        var org = SystemRunner.asSystem(
                () -> organisations.createOrganisation("KT Area Trust " + n, OrganisationType.ACUTE_TRUST, old));
        SystemRunner.asSystem(() -> admin.saveStp(successor.getId(), "KT Renamed ICS " + n, region, null));
        assertThat(jdbc.queryForObject("SELECT former_names FROM stp WHERE id = ?", String.class, successor.getId()))
                .isEqualTo("KT ICS " + n);

        signInAs(Role.ADMIN);
        navigateTo("admin/areas", AreasView.class);
        RetireAreaDialog dialog = new RetireAreaDialog(old, organisations, admin, () -> {});
        assertThat(dialog.moves.getText()).contains("1 organisation");
        _click(dialog.retire);
        assertThat(dialog.successor.isInvalid()).as("a successor is required").isTrue();
        Fields.setValue(
                dialog.successor,
                organisations.stps().stream()
                        .filter(s -> s.getId().equals(successor.getId()))
                        .findFirst()
                        .orElseThrow());
        _click(dialog.retire);
        assertThat(jdbc.queryForObject("SELECT stp_id FROM organisation WHERE id = ?", Long.class, org.getId()))
                .isEqualTo(successor.getId());
        assertThat(jdbc.queryForObject("SELECT retired FROM stp WHERE id = ?", Boolean.class, old.getId()))
                .isTrue();
        // The successor covers the old area now: its name joins the successor's former names, for search and facets.
        assertThat(jdbc.queryForObject("SELECT former_names FROM stp WHERE id = ?", String.class, successor.getId()))
                .isEqualTo("KT ICS " + n + "; KT STP " + n);
    }
}
