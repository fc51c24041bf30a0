package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.people.ui.ProfileView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The setup, welcome, roles and invitation pages, and the roles panel on a member's page. */
class AdministrationViewsKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSetupPageRefusesOnceAnAdministratorExists() {
        anonymous();
        SetupView view = navigateTo("setup/some-guessed-token-that-is-long-enough", SetupView.class);
        assertThat(_get(view, H2.class).getText()).isEqualTo("This setup link does not work");
        assertThat(_find(view, Button.class)).isEmpty();
    }

    @Test
    void anUnknownInvitationLinkSaysSoWithoutAForm() {
        anonymous();
        WelcomeView view = navigateTo("welcome/not-a-real-invitation-token", WelcomeView.class);
        assertThat(_get(view, H2.class).getText()).isEqualTo("This invitation link does not work");
    }

    @Test
    void anAdminMakesAMemberAConvenorFromTheirPageAndTheReasonIsRequired() {
        var fx = new ExchangeFixtures(applicationContext);
        String email = fx.newMember(fx.newLender(null).org(), null);
        Long id = fx.memberId(email);
        signInAs(Role.ADMIN);
        ProfileView page = navigateTo("people/" + id, ProfileView.class);
        _click(_get(page, Button.class, spec -> spec.withText("Make convenor")));
        RoleChangeDialog dialog = _get(RoleChangeDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).as("no reason given").isTrue();
        Fields.setValue(dialog.reason, "Convenes the new group");
        _click(dialog.confirm);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_role r JOIN user_account a ON a.id = r.user_account_id"
                                + " WHERE a.member_id = ? AND r.role = 'CONVENOR'",
                        Long.class,
                        id))
                .isEqualTo(1);
        assertThat(_find(page, ListItem.class, spec -> spec.withText("Convenor")))
                .hasSize(1);
    }

    @Test
    void theRolesPageListsTheAdministrators() {
        signInAs(Role.ADMIN);
        RolesView view = navigateTo("admin/roles", RolesView.class);
        assertThat(_find(view, Anchor.class).stream().map(a -> a.getText())).isNotEmpty();
    }

    @Test
    void anAdminInvitesAMember() {
        var fx = new ExchangeFixtures(applicationContext);
        var org = fx.newLender(null).org();
        signInAs(Role.ADMIN);
        InviteMembersView view = navigateTo("admin/invite", InviteMembersView.class);
        String email = "kt-invite-" + ExchangeFixtures.next() + "@test.qcommons.example";
        Fields.setValue(view.fullName, "Kit Invitee");
        Fields.setValue(view.email, email);
        Fields.setValue(view.organisation, org);
        _click(view.invite);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account_token t JOIN member m ON m.id = t.member_id WHERE m.email = ?",
                        Long.class,
                        email))
                .isEqualTo(1);
    }

    @Test
    void membersCannotOpenTheAdministrationPages() {
        signInAs(DemoAccounts.MEMBER);
        for (String route : new String[] {"admin/roles", "admin/invite", "admin/organisations"}) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(route)).isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
