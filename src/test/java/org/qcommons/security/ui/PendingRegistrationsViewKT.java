package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberStatus;
import org.qcommons.security.AccountService;
import org.qcommons.security.Registration;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PendingRegistrationsViewKT extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminApprovesARequest() {
        Registration r = new Registration();
        r.setFullName("Quinn Pending " + UUID.randomUUID().toString().substring(0, 6));
        r.setEmail("pending-" + UUID.randomUUID() + "@test.qcommons.example");
        r.setPassword("a-long-password-1");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member pending = accounts.register(r);

        signInAs(Role.ADMIN);
        PendingRegistrationsView view = navigateTo("admin/registrations", PendingRegistrationsView.class);
        int before = _size(view.grid);
        assertThat(before).isGreaterThanOrEqualTo(1);
        int row = -1;
        for (int i = 0; i < before; i++) {
            if (GridKt._get(view.grid, i).getId().equals(pending.getId())) {
                row = i;
            }
        }
        assertThat(row).as("the new request is listed").isNotNegative();
        var actions = GridKt._getCellComponent(view.grid, row, "decision");
        _click(_get(actions, Button.class, spec -> spec.withText("Approve")));
        assertThat(_size(view.grid)).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, pending.getId()))
                .isEqualTo(MemberStatus.ACTIVE.name());
    }

    @Test
    void membersCannotOpenTheList() {
        signInAs(Role.MEMBER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/registrations"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
