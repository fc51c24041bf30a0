package org.qcommons.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.notifications.NotificationChannel;
import org.qcommons.notifications.NotificationKind;
import org.qcommons.notifications.NotificationPreferences;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification centre lists the whole history with filters and read state; settings save per kind. */
class NotificationsViewKT extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCentreFiltersByKindAndUnreadAndMarksRead() {
        QUser me = signInAs(Role.MEMBER);
        jdbc.update("update notification set read_at = now(6) where recipient_id = ?", me.memberId());
        String tag = String.valueOf(System.nanoTime());
        notifications.notify(members.me(), "Buddy news " + tag, null, "buddying");
        notifications.notify(members.me(), "Exchange news " + tag, null, "exchange/requests");

        NotificationsView view = navigateTo("notifications", NotificationsView.class);
        Fields.setValue(view.unreadOnly, true);
        assertThat(_size(view.grid)).isEqualTo(2);
        Fields.setValue(view.kind, NotificationKind.BUDDYING);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).getTitle()).isEqualTo("Buddy news " + tag);

        view.markAllRead.click();
        assertThat(_size(view.grid)).isZero();
        Fields.setValue(view.unreadOnly, false);
        assertThat(_size(view.grid)).isPositive();
        assertThat(_get(view.grid, 0).isRead()).isTrue();
    }

    @Test
    void aChannelChosenInSettingsIsSavedAndOffMeansNothingArrives() {
        QUser me = signInAs(Role.MEMBER);
        NotificationSettingsView view = navigateTo("notifications/settings", NotificationSettingsView.class);
        assertThat(view.choices.get(NotificationKind.DISCUSSION).getValue()).isEqualTo(NotificationChannel.APP);
        try {
            Fields.setValue(view.choices.get(NotificationKind.PROJECTS), NotificationChannel.OFF);
            assertThat(preferences.mine().get(NotificationKind.PROJECTS)).isEqualTo(NotificationChannel.OFF);
            long before = jdbc.queryForObject(
                    "select count(*) from notification where recipient_id = ?", Long.class, me.memberId());
            notifications.notify(members.me(), "About your project", null, "projects/1");
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where recipient_id = ?", Long.class, me.memberId()))
                    .isEqualTo(before);
        } finally {
            preferences.choose(NotificationKind.PROJECTS, NotificationChannel.EMAIL);
        }
    }
}
