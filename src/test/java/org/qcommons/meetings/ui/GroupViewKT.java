package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsDemoData;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.security.Role;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class GroupViewKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicPageShowsTermsSeatsAndOnlyPublishedMinutes() {
        anonymous();
        GroupView view = navigateTo("groups/" + MeetingsDemoData.WEST_SLUG, GroupView.class);
        assertThat(_find(H4.class).stream().map(H4::getText).toList()).contains("Purpose", "Scope", "Membership",
                "Meeting arrangements", "Ways of working", "Reporting", "Resources", "Success criteria");
        assertThat(view.tabByKey).containsOnlyKeys("overview", "meetings", "decisions");

        SeatsPanel seats = _find(SeatsPanel.class).get(0);
        var holders = IntStream.range(0, _size(seats.grid)).mapToObj(i -> _get(seats.grid, i)).toList();
        assertThat(holders).hasSize(11);
        for (SeatHolder h : holders) {
            Boolean consent = jdbc.queryForObject("select directory_consent from member where id = ?", Boolean.class, h.memberId());
            assertThat(h.name() != null).as("name shown only with consent").isEqualTo(Boolean.TRUE.equals(consent));
        }
        assertThat(holders).anyMatch(h -> "Morgan Convenor".equals(h.name()) && h.roleLabel().equals("Convenor"));

        var past = view.meetingsPanel.past;
        var pastRows = IntStream.range(0, _size(past)).mapToObj(i -> _get(past, i)).toList();
        assertThat(pastRows).isNotEmpty().allMatch(Meeting::isMinutesPublished);
        assertThat(view.meetingsPanel.upcoming.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(m -> m.getStatus().ordinal() <= MeetingStatus.AGENDA_PUBLISHED.ordinal());
        assertThat(view.meetingsPanel.schedule.isVisible()).isFalse();
    }

    @Test
    void membersOnlyGroupsAreNotFoundForAnonymousVisitors() {
        anonymous();
        UI.getCurrent().navigate("groups/" + MeetingsDemoData.NORTH_EAST_SLUG);
        assertThat(currentView()).isNotInstanceOf(GroupView.class);
        UI.getCurrent().navigate("groups/no-such-group");
        assertThat(currentView()).isNotInstanceOf(GroupView.class);

        signInAs(Role.ORG_COORDINATOR);
        GroupView view = navigateTo("groups/" + MeetingsDemoData.NORTH_EAST_SLUG, GroupView.class);
        assertThat(view.tabByKey).doesNotContainKey("discussion");
    }

    @Test
    void seatHoldersDiscussWithMentions() {
        signInAs(Role.MEMBER);
        GroupView view = navigateTo("groups/" + MeetingsDemoData.WEST_SLUG + "?tab=discussion", GroupView.class);
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.tabByKey.get("discussion"));
        assertThat(view.meetingsPanel.past.getGenericDataView().getItems().toList())
                .anyMatch(m -> !m.isMinutesPublished());
        DiscussionPanel panel = view.discussionPanel;
        String text = "Figures attached, @Morgan Convenor " + System.nanoTime();
        Fields.setValue(panel.message, text);
        _click(panel.send);
        assertThat(_find(panel.thread, Paragraph.class).stream().map(Paragraph::getText).toList()).contains(text);
        Integer notified = jdbc.queryForObject("select count(*) from notification n join member m on m.id = n.recipient_id "
                + "where m.email = 'convenor@qcommons.test' and n.body = ?", Integer.class, text);
        assertThat(notified).isEqualTo(1);
    }

    @Test
    void convenorsManageSeatsAndTerms() {
        signInAs(Role.CONVENOR);
        GroupView view = navigateTo("groups/" + MeetingsDemoData.WEST_SLUG, GroupView.class);
        assertThat(view.meetingsPanel.schedule.isVisible()).isTrue();
        SeatsPanel seats = _find(SeatsPanel.class).get(0);
        assertThat(seats.grid.getColumnByKey("remove")).isNotNull();
        _click(seats.add);
        assertThat(seats.member.isInvalid()).isTrue();
        Component terms = _find(TermsPanel.class).get(0);
        assertThat(terms).isNotNull();
    }
}
