package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.exchange.ConcordatService;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationType;
import org.qcommons.skills.SkillLevel;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class ConcordatViewKT extends KaribuTest {

    @Autowired
    ConcordatService concordat;

    @Test
    void anyoneSeesTheTextAndTheSignatoriesByStp() {
        anonymous();
        ConcordatView view = navigateTo("concordat", ConcordatView.class);
        String page = view.getElement().getOuterHTML();
        assertThat(page).contains("give members of our staff");
        assertThat(page).contains("Bristol, North Somerset and South Gloucestershire");
        assertThat(view.signatories.getElement().getOuterHTML())
                .contains(ExchangeDemoData.NORTH_BRISTOL)
                .contains(ExchangeDemoData.RUH_BATH)
                .doesNotContain("NHS Devon CCG");
        assertThat(view.sign.isAttached()).isFalse();
    }

    @Test
    void aCoordinatorSignsForTheirOrganisation() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        Organisation bath = fx.org(ExchangeDemoData.RUH_BATH);
        Organisation fresh = SystemRunner.asSystem(() -> fx.organisations.createOrganisation(
                "Unsigned Practice " + ExchangeFixtures.next(), OrganisationType.PRIMARY_CARE, bath.getStp()));
        String coordinator =
                fx.newMember(fresh, null, SkillLevel.LEARNING, EnumSet.of(Role.MEMBER, Role.ORG_COORDINATOR), true);

        signInAs(coordinator);
        ConcordatView view = navigateTo("concordat", ConcordatView.class);
        assertThat(view.sign.getText()).isEqualTo("Sign for " + fresh.getName());
        _click(view.sign);
        SignatoryDialog dialog = _get(SignatoryDialog.class);
        Fields.setValue(dialog.signedByName, "");
        _click(dialog.save);
        assertThat(dialog.signedByName.isInvalid()).isTrue();
        assertThat(concordat.isSignatory(fresh.getId())).isFalse();

        Fields.setValue(dialog.signedByName, "Dr Ada Fenwick");
        Fields.setValue(dialog.signedByRole, "Senior Partner");
        Fields.setValue(dialog.signedOn, LocalDate.now().minusDays(3));
        Fields.setValue(dialog.lendingCapDays, 6);
        Fields.setValue(dialog.stpsCovered, Set.of(bath.getStp()));
        _click(dialog.save);
        var signed = concordat.signatoryFor(fresh.getId()).orElseThrow();
        assertThat(signed.getSignedByName()).isEqualTo("Dr Ada Fenwick");
        assertThat(signed.getLendingCapDays()).isEqualTo(6);
        assertThat(view.signatories.getElement().getOuterHTML()).contains(fresh.getName());
        assertThat(view.sign.getText()).isEqualTo("Amend " + fresh.getName() + "'s signature");
    }

    @Test
    void theDemoCoordinatorsOrganisationHasSigned() {
        signInAs(Role.ORG_COORDINATOR);
        ConcordatView view = navigateTo("concordat", ConcordatView.class);
        assertThat(view.sign.getText()).startsWith("Amend");
    }
}
