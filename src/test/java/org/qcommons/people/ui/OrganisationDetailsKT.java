package org.qcommons.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.organisations.ui.OrganisationDetailsDialog;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator edits their own organisation's details; other members see no button. */
class OrganisationDetailsKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCoordinatorEditsTheirOrganisationsPostcodeAndAMemberCannot() {
        Long org = signInAs(DemoAccounts.COORDINATOR).coordinatorForId();
        OrganisationView view = navigateTo("organisations/" + org, OrganisationView.class);
        _click(_get(view, Button.class, spec -> spec.withText("Edit details")));
        OrganisationDetailsDialog dialog = _get(OrganisationDetailsDialog.class);
        Fields.setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Postcode (optional)")), "bs10 5nb");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(jdbc.queryForObject("SELECT postcode FROM organisation WHERE id = ?", String.class, org))
                .isEqualTo("BS10 5NB");

        signInAs(DemoAccounts.MEMBER);
        view = navigateTo("organisations/" + org, OrganisationView.class);
        assertThat(_find(view, Button.class, spec -> spec.withText("Edit details")))
                .isEmpty();
    }
}
