package org.qcommons.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.people.MemberAdministration;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MembersAdminViewKT extends KaribuTest {

    @Autowired
    MemberAdministration admin;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminFindsAMemberWithoutConsentAndMovesThemEndingTheirOldCoordinatorRole() {
        var fx = new ExchangeFixtures(applicationContext);
        var old = fx.newLender(null);
        var next = fx.newLender(null);
        Long coordinator = fx.memberId(old.coordinator());
        jdbc.update("UPDATE member SET directory_consent = FALSE WHERE id = ?", coordinator);

        signInAs(Role.ADMIN);
        MembersAdminView view = navigateTo("admin/members", MembersAdminView.class);
        Fields.setValue(view.search, old.coordinator());
        assertThat(_size(view.grid)).isEqualTo(1);

        var m = GridKt._get(view.grid, 0);
        MoveMemberDialog dialog = new MoveMemberDialog(m, List.of(next.org()), admin, () -> {});
        Fields.setValue(dialog.to, next.org());
        Fields.setValue(dialog.reason, "Changed jobs");
        _click(dialog.move);

        assertThat(jdbc.queryForObject("SELECT organisation_id FROM member WHERE id = ?", Long.class, coordinator))
                .isEqualTo(next.org().getId());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_role r JOIN user_account a ON a.id = r.user_account_id"
                                + " WHERE a.member_id = ? AND r.role = 'ORG_COORDINATOR'",
                        Long.class,
                        coordinator))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM role_change WHERE member_id = ? AND granted = FALSE",
                        Long.class,
                        coordinator))
                .isEqualTo(1);
    }
}
