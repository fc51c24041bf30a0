package org.qcommons.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

class NotificationBellKT extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBellUpdatesByPushWithItsOwnViewersCountNotTheSenders() {
        QUser me = signInAs(Role.MEMBER);
        NotificationBell bell = _get(NotificationBell.class);
        var recipient = members.me();

        // The sender (an ADMIN with no unread notifications) acts on this thread, as a real request would.
        QUser admin = accountService.loadUserByUsername(DemoAccounts.ADMIN);
        jdbc.update("update notification set read_at = now(6) where recipient_id = ?", admin.memberId());
        SecurityContext mine = SecurityContextHolder.getContext();
        SecurityContext sender = SecurityContextHolder.createEmptyContext();
        sender.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(sender);
        try {
            notifications.notify(recipient, "Test nudge " + System.nanoTime(), "Body", null);
            // Pending UI.access tasks run here, still on the sender's thread and in the sender's context.
            MockVaadin.clientRoundtrip(false);
        } finally {
            SecurityContextHolder.setContext(mine);
        }

        long unread = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and read_at is null",
                Long.class,
                me.memberId());
        assertThat(unread).isPositive();
        assertThat(bell.shownCount()).isEqualTo(unread);
    }

    @Test
    void theLatestAreListedOnlyWhileThePanelIsOpenAndClosingMarksThemRead() {
        QUser me = signInAs(Role.MEMBER);
        var recipient = members.me();
        String title = "Panel nudge " + System.nanoTime();
        notifications.notify(recipient, title, "Body", "projects");
        UI.getCurrent().getPage().reload();
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.shownTitles())
                .as("nothing is built while the panel is closed")
                .isEmpty();
        assertThat(bell.shownCount()).isPositive();

        assertThat(bell.panel).as("no panel before the first click").isNull();
        _click(_get(bell, Button.class));
        assertThat(bell.panel.isOpened()).isTrue();
        assertThat(bell.shownTitles()).first().isEqualTo(title);
        Anchor link = _get(bell.panel, Anchor.class, spec -> spec.withText(title));
        assertThat(link.getHref()).isEqualTo("projects");

        bell.panel.setOpened(false);
        assertThat(bell.shownTitles()).isEmpty();
        assertThat(bell.shownCount()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient_id = ? and read_at is null",
                        Long.class,
                        me.memberId()))
                .isZero();
    }
}
