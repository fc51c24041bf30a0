package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.MinutesService;
import org.qcommons.meetings.Stance;
import org.qcommons.meetings.Visibility;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The views issue 20 adds: the minutes' approval path, proposals between meetings, search, and PDSA cycles. */
class MeetingsRoundTwoKT extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    Clock clock;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accountService);
    }

    @Test
    void theConvenorApprovesAtTheNextMeetingThenPublishesAndReadersDownloadAndFindTheMinutes() {
        String word = "kestrelmoor"
                + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4) + "x";
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting first = fx.meeting(g, LocalDateTime.now(clock).minusDays(30));
        AgendaItem item = fx.as(CONVENOR, () -> agendaService.agenda(first)).get(0);
        fx.as(CONVENOR, () -> meetings.markHeld(first.getId()));
        fx.as(CONVENOR, () -> minutesService.saveMinutes(item.getId(), item.getVersion(), null, word + " welcomed"));
        fx.as(CONVENOR, () -> meetings.circulateDraft(first.getId(), 7));
        Meeting second = fx.meeting(g, LocalDateTime.now(clock).minusHours(1));

        signInAs(Role.CONVENOR);
        MeetingView next = navigateTo("meetings/" + second.getId(), MeetingView.class);
        MinutesApprovalPanel panel = _get(next, MinutesApprovalPanel.class);
        assertThat(panel.approvePrevious.getText()).isEqualTo("Approve the minutes of " + first.getTitle());
        _click(panel.approvePrevious);
        _fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.runUIQueue();
        assertThat(fx.as(
                        CONVENOR,
                        () -> meetings.meeting(first.getId()).orElseThrow().getStatus()))
                .isEqualTo(MeetingStatus.MINUTES_APPROVED);

        MeetingView view = navigateTo("meetings/" + first.getId(), MeetingView.class);
        panel = _get(view, MinutesApprovalPanel.class);
        // The old one-step button is gone; publishing is its own step.
        assertThat(_find(view, Button.class).stream().map(Button::getText))
                .doesNotContain("Approve and publish minutes");
        _click(panel.publish);
        _fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.runUIQueue();

        anonymous();
        view = navigateTo("meetings/" + first.getId(), MeetingView.class);
        assertThat(_find(view, Anchor.class).stream().map(Anchor::getHref))
                .contains("public/minutes/" + first.getId() + ".pdf", "public/minutes/" + first.getId() + ".html");
        assertThat(_find(view, Button.class).stream().map(Button::getText)).doesNotContain("Unpublish minutes");

        MeetingSearchView search = navigateTo("search/meetings?q=" + word, MeetingSearchView.class);
        assertThat(search.count.getText()).isEqualTo("1 meeting found");
        assertThat(_find(search.results, Html.class).get(0).getInnerHtml()).contains("<mark>" + word + "</mark>");

        // The group page shows the cycles meeting after meeting, drawn from the records.
        GroupView page = navigateTo("groups/" + g.getSlug() + "?tab=pdsa", GroupView.class);
        assertThat(page.tabByKey).containsKey("pdsa").doesNotContainKey("proposals");
        assertThat(_find(page, ListItem.class).stream().map(ListItem::getText)).contains("Welcome and declarations");
    }

    @Test
    void seatHoldersProposeAndRespondInTheGroupsThread() {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        signInAs(MEMBER);
        GroupView page = navigateTo("groups/" + g.getSlug() + "?tab=proposals", GroupView.class);
        ProposalsPanel panel = _get(page, ProposalsPanel.class);
        Fields.setValue(panel.title, "Share the skills register with the AHSN");
        Fields.setValue(panel.body, "So that exchanges can be matched across the region.");
        Fields.setValue(panel.closesOn, LocalDate.now(clock).plusDays(5));
        _click(panel.propose);
        assertThat(_find(panel.list, H4.class).stream().map(H4::getText))
                .containsExactly("Share the skills register with the AHSN");

        @SuppressWarnings("unchecked")
        Select<Stance> stance = _get(panel.list, Select.class);
        Fields.setValue(stance, Stance.AGREE);
        Fields.setValue(_find(panel.list, TextField.class).get(0), "It saves the AHSN a survey");
        _click(_find(panel.list, Button.class).stream()
                .filter(b -> b.getText().equals("Respond"))
                .findFirst()
                .orElseThrow());
        assertThat(_find(panel.list, ListItem.class).stream().map(ListItem::getText))
                .anyMatch(t -> t.endsWith("Agree. It saves the AHSN a survey"));
    }
}
