package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupKind;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.TermsService;
import org.qcommons.meetings.Visibility;
import org.qcommons.meetings.demo.MeetingsDemoData;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class GroupViewKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublicPageShowsTermsSeatsAndOnlyPublishedMinutes() {
        anonymous();
        GroupView view = navigateTo("groups/" + MeetingsDemoData.WEST_SLUG, GroupView.class);
        assertThat(_find(H4.class).stream().map(H4::getText).toList())
                .contains(
                        "Purpose",
                        "Scope",
                        "Membership",
                        "Meeting arrangements",
                        "Ways of working",
                        "Reporting",
                        "Resources",
                        "Success criteria");
        // The PDSA cycles of published meetings are public too (issue 20); proposals are for seat holders.
        assertThat(view.tabByKey).containsOnlyKeys("overview", "meetings", "decisions", "pdsa");

        SeatsPanel seats = _find(SeatsPanel.class).get(0);
        var holders = IntStream.range(0, _size(seats.grid))
                .mapToObj(i -> _get(seats.grid, i))
                .toList();
        assertThat(holders).hasSize(11);
        for (SeatHolder h : holders) {
            Boolean consent = jdbc.queryForObject(
                    "select directory_consent from member where id = ?", Boolean.class, h.memberId());
            assertThat(h.name() != null).as("name shown only with consent").isEqualTo(Boolean.TRUE.equals(consent));
        }
        assertThat(holders)
                .anyMatch(
                        h -> "Morgan Convenor".equals(h.name()) && h.roleLabel().equals("Convenor"));

        var past = view.meetingsPanel.past;
        var pastRows =
                IntStream.range(0, _size(past)).mapToObj(i -> _get(past, i)).toList();
        assertThat(pastRows).isNotEmpty().allMatch(Meeting::isMinutesPublished);
        assertThat(view.meetingsPanel.upcoming.getGenericDataView().getItems().toList())
                .isNotEmpty()
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
        assertThat(_find(panel.thread, Paragraph.class).stream()
                        .map(Paragraph::getText)
                        .toList())
                .contains(text);
        Integer notified = jdbc.queryForObject(
                "select count(*) from notification n join member m on m.id = n.recipient_id "
                        + "where m.email = 'convenor@qcommons.test' and n.body = ?",
                Integer.class,
                text);
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

    @Autowired
    GroupService groupService;

    @Autowired
    MeetingService meetingService;

    @Autowired
    AgendaService agendaService;

    @Autowired
    TermsService termsService;

    @Test
    void aConvenorCreatesAGroupAndConvenesIt() {
        signInAs(Role.CONVENOR);
        GroupsView list = navigateTo("groups", GroupsView.class);
        _click(list.create);
        GroupDialog dialog = LocatorJ._get(GroupDialog.class);
        String name = "Somerset Buddying Network " + System.nanoTime();
        Fields.setValue(dialog.name, name);
        assertThat(dialog.slug.getValue()).startsWith("somerset-buddying-network-");
        String slug = dialog.slug.getValue();
        Fields.setValue(dialog.slug, "Not A Slug!");
        _click(dialog.save);
        assertThat(dialog.slug.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        Fields.setValue(dialog.slug, slug);
        Fields.setValue(dialog.kind, GroupKind.LOCAL_NETWORK);
        _click(dialog.save);

        GroupView view = (GroupView) currentView();
        assertThat(view.group.getName()).isEqualTo(name);
        assertThat(view.can.canManage()).isTrue();
        SeatsPanel seats = _find(SeatsPanel.class).get(0);
        assertThat(_get(seats.grid, 0).name()).isEqualTo("Morgan Convenor");
        assertThat(_get(seats.grid, 0).convenor()).isTrue();
    }

    @Test
    void revisingTermsKeepsTheEarlierVersion() {
        var fx = new MeetingsFixture(groupService, meetingService, agendaService, accountService);
        var g = fx.group(Visibility.PUBLIC);
        signInAs(Role.CONVENOR);
        navigateTo("groups/" + g.getSlug(), GroupView.class);
        TermsPanel terms = _find(TermsPanel.class).get(0);
        _click(LocatorJ._get(terms, Button.class, spec -> spec.withText("Write terms of reference")));
        TermsDialog dialog = LocatorJ._get(TermsDialog.class);
        Fields.setValue(dialog.purpose, "To connect improvers in Somerset");
        _click(dialog.save);
        assertThat(dialog.changeNote.isInvalid()).isTrue();
        Fields.setValue(dialog.changeNote, "First version");
        _click(dialog.save);
        assertThat(fx.as(null, () -> termsService.termsHistory(g))).hasSize(1);
        terms = _find(TermsPanel.class).get(0);
        assertThat(_find(terms, H4.class).stream().map(H4::getText).toList()).containsExactly("Purpose");

        signInAs(Role.MEMBER);
        navigateTo("groups/" + g.getSlug(), GroupView.class);
        assertThat(_find(_find(TermsPanel.class).get(0), Button.class)).isEmpty();
    }

    @Test
    void seatHoldersSeeReviewsDueAndAttendanceRates() {
        signInAs(Role.MEMBER);
        GroupView view = navigateTo("groups/" + MeetingsDemoData.WEST_SLUG + "?tab=decisions", GroupView.class);
        GroupDecisionsPanel decisions = _find(GroupDecisionsPanel.class).get(0);
        assertThat(_size(decisions.reviews)).isGreaterThanOrEqualTo(1);
        assertThat(view.tabByKey).containsKeys("attendance", "discussion");
        // A tab sheet attaches only the selected tab's content.
        navigateTo("groups/" + MeetingsDemoData.WEST_SLUG + "?tab=attendance", GroupView.class);
        AttendanceRatesPanel rates = _find(AttendanceRatesPanel.class).get(0);
        assertThat(rates.summary.getText()).startsWith("Group attendance: ");
        assertThat(_size(rates.grid)).isGreaterThanOrEqualTo(9);
    }
}
