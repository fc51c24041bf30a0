package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.AttendanceStatus;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.MinutesService;
import org.qcommons.meetings.PaperService;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.Visibility;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingViewKT extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actionService;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AttendanceService attendanceService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    PaperService paperService;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accountService);
    }

    private Meeting heldMeeting(Visibility visibility) {
        MeetingGroup g = fx.group(visibility);
        Meeting m = fx.meeting(g, LocalDateTime.now().minusDays(3));
        fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));
        return m;
    }

    private static String renderedHtml(MeetingView view) {
        return _find(view, Html.class).stream().map(Html::getInnerHtml).reduce("", String::concat);
    }

    @Test
    void anonymousReadersSeePublishedMinutesSafelyAndNoDrafts() {
        Meeting m = heldMeeting(Visibility.PUBLIC);
        AgendaItem item = fx.as(MEMBER, () -> agendaService.agenda(m)).get(0);
        fx.as(
                MEMBER,
                () -> minutesService.saveMinutes(
                        item.getId(),
                        item.getVersion(),
                        null,
                        "**Agreed** [link](javascript:alert(1))\n\n<script>alert('x')</script>"));

        anonymous();
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        assertThat(view.agenda.cards)
                .hasSize(2)
                .allSatisfy((id, card) -> assertThat(card.minutes).isNull());
        assertThat(view.attendance).isNull();
        assertThat(renderedHtml(view)).doesNotContain("Agreed");

        fx.as(CONVENOR, () -> meetings.circulateDraft(m.getId(), 7));
        fx.as(CONVENOR, () -> meetings.approveMinutes(m.getId()));
        view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        String html = renderedHtml(view);
        assertThat(html).contains("<strong>Agreed</strong>").doesNotContain("<script", "javascript:");
        assertThat(view.agenda.cards.values()).allSatisfy(card -> {
            assertThat(card.minutes.text.getParent()).isEmpty();
            assertThat(card.upload).isNull();
        });
        assertThat(view.attendance).isNotNull();
        assertThat(view.header.publishAgenda.getParent()).isEmpty();
    }

    @Test
    void changesFromSomeoneElseAppearLive() {
        Meeting m = heldMeeting(Visibility.MEMBERS);
        signInAs(Role.MEMBER);
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        assertThat(view.presence.getText()).contains("Alex Member");
        assertThat(view.agenda.cards).hasSize(2);
        assertThat(view.agenda.addItem.isVisible()).isFalse();

        fx.as(CONVENOR, () -> agendaService.addItem(m.getId(), "Urgent: winter pressures", "Morgan", 70, null));
        MockVaadin.runUIQueue();
        assertThat(view.agenda.cards).hasSize(3);
        assertThat(view.agenda.total.getText()).contains("130 of 120").contains("over the two-hour limit by 10");

        List<SeatHolder> seats = fx.as(CONVENOR, () -> groups.seats(m.getGroup()));
        fx.as(
                CONVENOR,
                () -> attendanceService.recordAttendance(m.getId(), seats.get(0).seatId(), AttendanceStatus.PRESENT));
        fx.as(
                PATIENT,
                () -> actionService.addAction(
                        m.getId(),
                        "Circulate the winter plan",
                        null,
                        LocalDate.now().plusDays(7)));
        fx.as(PATIENT, () -> decisionService.addDecision(m.getId(), "Support the winter plan", null));
        MockVaadin.runUIQueue();
        assertThat(view.attendance.summary.getText()).startsWith("1 of 3 present");
        assertThat(_size(view.actions.grid)).isEqualTo(1);
        assertThat(_size(view.decisions.grid)).isEqualTo(1);
    }

    @Test
    void aRefreshUsesTheViewersOwnPermissions() {
        Meeting m = heldMeeting(Visibility.PUBLIC);
        anonymous();
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        AgendaItem item = fx.as(MEMBER, () -> agendaService.agenda(m)).get(0);
        fx.as(
                MEMBER,
                () -> minutesService.saveMinutes(item.getId(), item.getVersion(), null, "Draft only for seat holders"));
        fx.as(CONVENOR, () -> agendaService.addItem(m.getId(), "Another item", null, 5, null));
        MockVaadin.runUIQueue();
        assertThat(view.agenda.cards)
                .hasSize(3)
                .allSatisfy((id, card) -> assertThat(card.minutes).isNull());
        assertThat(renderedHtml(view)).doesNotContain("Draft only");
    }

    @Test
    void anAmendmentBeingTypedSurvivesSomeoneElsesAmendment() {
        Meeting m = heldMeeting(Visibility.MEMBERS);
        fx.as(CONVENOR, () -> meetings.circulateDraft(m.getId(), 7));
        signInAs(Role.MEMBER);
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        AgendaItemCard card = view.agenda.cards.values().stream()
                .filter(c -> c.item().getPosition() == 1)
                .findFirst()
                .orElseThrow();
        var box = card.amendment;
        assertThat(box).isNotNull();
        Fields.setValue(box, "My unsent words");

        fx.as(PATIENT, () -> minutesService.proposeAmendment(card.item().getId(), "Their amendment"));
        MockVaadin.runUIQueue();
        assertThat(card.amendment).as("the same box, not a new one").isSameAs(box);
        assertThat(box.getValue()).isEqualTo("My unsent words");
        assertThat(_find(card.comments, Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.endsWith("proposes: Their amendment"));
    }

    @Test
    void simultaneousMinutesEditsOpenAMergeDialog() {
        Meeting m = heldMeeting(Visibility.PUBLIC);
        signInAs(Role.MEMBER);
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        AgendaItemCard card = view.agenda.cards.values().stream()
                .filter(c -> c.item().getPosition() == 1)
                .findFirst()
                .orElseThrow();
        Fields.setValue(card.minutes.text, "Mine: the group agreed the plan.");

        AgendaItem item =
                fx.as(PATIENT, () -> agendaService.item(card.item().getId()).orElseThrow());
        fx.as(
                PATIENT,
                () -> minutesService.saveMinutes(
                        item.getId(), item.getVersion(), null, "Theirs: plan agreed with changes."));
        MockVaadin.runUIQueue();
        assertThat(card.minutes.notice.isVisible()).isTrue();
        assertThat(card.minutes.text.getValue()).isEqualTo("Mine: the group agreed the plan.");

        _click(card.minutes.save);
        MergeDialog merge = _get(MergeDialog.class);
        assertThat(merge.theirs.getValue()).isEqualTo("Theirs: plan agreed with changes.");
        assertThat(merge.mine.getValue()).isEqualTo("Mine: the group agreed the plan.");
        Fields.setValue(merge.mine, "Theirs: plan agreed with changes. Mine: unanimously.");
        _click(merge.keepMerged);
        MockVaadin.runUIQueue();
        assertThat(fx.as(
                        MEMBER,
                        () -> agendaService.item(item.getId()).orElseThrow().getMinutesText()))
                .isEqualTo("Theirs: plan agreed with changes. Mine: unanimously.");
        assertThat(card.minutes.isDirty()).isFalse();
    }

    @Test
    void previewRendersMarkdownAndPapersAreCheckedOnUpload() {
        Meeting m = heldMeeting(Visibility.PUBLIC);
        signInAs(Role.MEMBER);
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        AgendaItemCard card = view.agenda.cards.values().iterator().next();
        Fields.setValue(card.minutes.text, "## Heading\n\n<img src=x onerror=alert(1)> *noted*");
        _click(card.minutes.preview);
        String html = _find(card.minutes.rendered, Html.class).get(0).getInnerHtml();
        assertThat(html)
                .contains("<h2>Heading</h2>", "<em>noted</em>", "&lt;img")
                .doesNotContain("<img");

        _upload(card.upload, "Board paper.pdf", "application/pdf", "%PDF-1.7\n%%EOF".getBytes());
        _upload(card.upload, "Sneaky.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
        MockVaadin.runUIQueue();
        assertThat(fx.as(MEMBER, () -> paperService.papers(m)))
                .extracting(p -> p.getFileName())
                .containsExactly("Board paper.pdf");
        assertThat(card.papers.getComponentCount()).isEqualTo(1);
    }

    @Test
    void convenorsMoveTheMeetingThroughItsWorkflow() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.as(
                CONVENOR,
                () -> meetings.schedule(
                        g.getId(), "Planning", LocalDateTime.now().plusDays(9), 90, null, null));
        signInAs(Role.CONVENOR);
        MeetingView view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        assertThat(view.agenda.addItem.isVisible()).isTrue();
        _click(view.header.publishAgenda);
        _fireConfirm(_get(ConfirmDialog.class));
        MockVaadin.runUIQueue();
        assertThat(view.meeting.getStatus()).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        assertThat(view.header.publishAgenda.getParent()).isEmpty();
        assertThat(view.header.markHeld.getParent()).isPresent();

        signInAs(Role.MEMBER);
        view = navigateTo("meetings/" + m.getId(), MeetingView.class);
        assertThat(view.header.markHeld.getParent()).isEmpty();
        assertThat(view.agenda.addItem.isVisible()).isFalse();
        UI.getCurrent().navigate("meetings/999999999");
        assertThat(currentView()).isNotInstanceOf(MeetingView.class);
    }

    @Test
    void thePdsaReviewOpensTheNextMeeting() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting first = fx.meeting(g, LocalDateTime.now().minusDays(30));
        Meeting next = fx.meeting(g, LocalDateTime.now().plusDays(60));
        fx.as(CONVENOR, () -> meetings.markHeld(first.getId()));
        signInAs(Role.MEMBER);
        MeetingView view = navigateTo("meetings/" + first.getId(), MeetingView.class);
        // Plan, do, study and act come from the meeting's records; only the reflection is typed.
        assertThat(_find(view.pdsa.cycleView, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("60 minutes allotted against 120 planned"));
        assertThat(_find(view.pdsa.cycleView, ListItem.class).stream().map(ListItem::getText))
                .contains("Welcome and declarations", "Project register");
        Fields.setValue(view.pdsa.reflection, "Agree the register in 60 minutes");
        _click(view.pdsa.save);
        MockVaadin.runUIQueue();
        Fields.setValue(view.pdsa.reflection, "Agree the register in 60 minutes. Send papers a week ahead");
        _click(view.pdsa.save);
        MockVaadin.runUIQueue();

        view = navigateTo("meetings/" + next.getId(), MeetingView.class);
        List<String> texts =
                _find(view, Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(texts).contains("Agree the register in 60 minutes. Send papers a week ahead");

        anonymous();
        view = navigateTo("meetings/" + next.getId(), MeetingView.class);
        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .doesNotContain("Agree the register in 60 minutes. Send papers a week ahead");
    }
}
