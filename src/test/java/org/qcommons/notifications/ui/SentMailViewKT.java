package org.qcommons.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.notifications.MailStatus;
import org.qcommons.notifications.NotificationService;
import org.qcommons.notifications.SentMailEntry;
import org.qcommons.notifications.SentMailService;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.KaribuTest;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SentMailViewKT extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    MemberService members;

    @Test
    void anAdminSeesTheMailSentNewestFirstWithAUkDate() {
        var me = signInAs(Role.MEMBER);
        String title = "Listed mail " + System.nanoTime();
        notifications.notify(members.me(), title, "Body", null);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> TestMail.subjectsTo(me.getUsername()).contains("Q Commons: " + title));

        signInAs(Role.ADMIN);
        SentMailView view = navigateTo("admin/mail", SentMailView.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> {
            view.refresh();
            return rows(view).stream()
                    .anyMatch(e -> e.subject().equals("Q Commons: " + title) && e.status() == MailStatus.SENT);
        });
        List<SentMailEntry> rows = rows(view);
        SentMailEntry mine = rows.stream()
                .filter(e -> e.subject().equals("Q Commons: " + title))
                .findFirst()
                .orElseThrow();
        assertThat(mine.recipient()).isEqualTo(me.getUsername());
        assertThat(mine.attempts()).isEqualTo(1);
        assertThat(SentMailView.status(mine)).isEqualTo("Sent");
        assertThat(rows).extracting(SentMailEntry::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(_getFormatted(view.grid, rows.indexOf(mine), "date")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No mail has been sent yet.");
    }

    @Test
    void aFailedMailSaysItWillBeRetried() {
        var failed = new SentMailEntry(1L, null, "a@b.test", "S", MailStatus.FAILED, 3, null, null, "Down");
        assertThat(SentMailView.status(failed)).isEqualTo("Failed, will retry (3 attempts)");
    }

    @Test
    void onlyAdminsMayOpenIt() {
        signInAs(Role.CONVENOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/mail")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(
                        () -> applicationContext.getBean(SentMailService.class).latest(1))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<SentMailEntry> rows(SentMailView view) {
        return view.grid.getListDataView().getItems().toList();
    }
}
