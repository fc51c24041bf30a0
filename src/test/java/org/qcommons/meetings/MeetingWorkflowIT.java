package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.ADMIN;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The minutes workflow from draft to publication, with who may do each step. */
class MeetingWorkflowIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

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
    TermsService termsService;

    @Autowired
    DiscussionService discussion;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void draftToPublishedWithPermissionsAtEachStep() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.as(
                CONVENOR,
                () -> meetings.schedule(
                        g.getId(),
                        "Spring meeting",
                        LocalDateTime.now(clock).minusDays(20),
                        120,
                        "Room 2",
                        "https://meet.example.org/x"));
        AgendaItem item =
                fx.as(CONVENOR, () -> agendaService.addItem(m.getId(), "Register of skills", "Alex", 30, null));

        // Only convenors and administrators manage the agenda.
        for (String who : new String[] {MEMBER, PATIENT, OUTSIDER}) {
            assertThatThrownBy(() -> fx.as(who, () -> agendaService.addItem(m.getId(), "Sneaky", null, 5, null)))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> fx.as(null, () -> agendaService.addItem(m.getId(), "Sneaky", null, 5, null)))
                .isInstanceOf(AccessDeniedException.class);

        // A planned agenda is visible to seat holders only.
        assertThat(fx.as(null, () -> agendaService.agenda(m))).isEmpty();
        assertThat(fx.as(OUTSIDER, () -> agendaService.agenda(m))).isEmpty();
        assertThat(fx.as(MEMBER, () -> agendaService.agenda(m))).hasSize(1);
        assertThatThrownBy(() -> fx.as(MEMBER, () -> meetings.publishAgenda(m.getId())))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(CONVENOR, () -> meetings.publishAgenda(m.getId()));
        Meeting published = fx.as(null, () -> meetings.meeting(m.getId()).orElseThrow());
        assertThat(fx.as(null, () -> agendaService.agenda(published)))
                .extracting(AgendaItem::getTitle)
                .containsExactly("Register of skills");

        fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));
        // Seat holders write the draft; others may not, and cannot read it.
        AgendaItem drafted = fx.as(
                MEMBER,
                () -> minutesService.saveMinutes(item.getId(), item.getVersion(), null, "Agreed **draft** text"));
        assertThatThrownBy(() -> fx.as(
                        OUTSIDER,
                        () -> minutesService.saveMinutes(
                                item.getId(), drafted.getVersion(), "Agreed **draft** text", "x")))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(
                MEMBER,
                () -> decisionService.addDecision(
                        m.getId(), "Adopt the register", LocalDate.now().plusDays(10)));
        fx.as(
                PATIENT,
                () -> actionService.addAction(
                        m.getId(),
                        "Write to the STPs",
                        fx.memberId(PATIENT),
                        LocalDate.now().plusDays(30)));
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> decisionService.addDecision(m.getId(), "No", null)))
                .isInstanceOf(AccessDeniedException.class);

        Meeting held = fx.as(null, () -> meetings.meeting(m.getId()).orElseThrow());
        assertThat(held.isMinutesDue(LocalDate.now(clock))).isTrue();
        for (String reader : new String[] {null, OUTSIDER}) {
            assertThat(fx.as(reader, () -> meetings.viewer(held).seeMinutes())).isFalse();
            assertThat(fx.as(reader, () -> decisionService.decisions(held))).isEmpty();
            assertThat(fx.as(reader, () -> actionService.actions(held))).isEmpty();
            assertThat(fx.as(reader, () -> attendanceService.attendance(held))).isEmpty();
            assertThat(fx.as(reader, () -> meetings.withPublishedMinutes(g))).isEmpty();
            assertThat(fx.as(reader, () -> decisionService.publishedDecisions(g)))
                    .isEmpty();
        }
        assertThat(fx.as(MEMBER, () -> decisionService.decisions(held))).hasSize(1);

        // Review window: attendees propose amendments; only the convenor approves.
        assertThatThrownBy(() -> fx.as(MEMBER, () -> minutesService.proposeAmendment(item.getId(), "Too early")))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> fx.as(MEMBER, () -> meetings.circulateDraft(m.getId(), 7)))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(CONVENOR, () -> meetings.circulateDraft(m.getId(), 7));
        fx.as(PATIENT, () -> minutesService.proposeAmendment(item.getId(), "Say the register is kept by the AHSN"));
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> minutesService.proposeAmendment(item.getId(), "Me too")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.as(MEMBER, () -> minutesService.comments(held))).hasSize(1);
        assertThat(fx.as(null, () -> minutesService.comments(held))).isEmpty();
        Integer notified = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and title like ?",
                Integer.class,
                fx.memberId(MEMBER),
                "Draft minutes to review: Spring meeting");
        assertThat(notified).isEqualTo(1);

        assertThatThrownBy(() -> fx.as(MEMBER, () -> meetings.approveMinutes(m.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(PATIENT, () -> meetings.approveMinutes(m.getId())))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(CONVENOR, () -> meetings.approveMinutes(m.getId()));

        // Published: anonymous readers see minutes, decisions and attendance; nobody can change them.
        Meeting done = fx.as(null, () -> meetings.meeting(m.getId()).orElseThrow());
        assertThat(done.isMinutesDue(LocalDate.now(clock))).isFalse();
        assertThat(fx.as(null, () -> meetings.withPublishedMinutes(g)))
                .extracting(Meeting::getId)
                .containsExactly(m.getId());
        assertThat(fx.as(null, () -> decisionService.decisions(done))).hasSize(1);
        assertThat(fx.as(null, () -> decisionService.publishedDecisions(g))).hasSize(1);
        assertThat(fx.as(null, () -> agendaService.agenda(done)).get(0).getMinutesText())
                .isEqualTo("Agreed **draft** text");
        assertThatThrownBy(() ->
                        fx.as(MEMBER, () -> minutesService.saveMinutes(item.getId(), 99, null, "Rewrite history")))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> fx.as(ADMIN, () -> decisionService.addDecision(m.getId(), "Late", null)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void visibilityDecidesWhoSeesAGroup() {
        MeetingGroup members = fx.group(Visibility.MEMBERS);
        MeetingGroup closed = fx.group(Visibility.PRIVATE);
        assertThat(fx.as(null, () -> groups.bySlug(members.getSlug()))).isEmpty();
        assertThat(fx.as(OUTSIDER, () -> groups.bySlug(members.getSlug()))).isPresent();
        assertThat(fx.as(OUTSIDER, () -> groups.bySlug(closed.getSlug()))).isEmpty();
        assertThat(fx.as(MEMBER, () -> groups.bySlug(closed.getSlug()))).isPresent();
        assertThat(fx.as(ADMIN, () -> groups.bySlug(closed.getSlug()))).isPresent();
        assertThat(fx.as(OUTSIDER, () -> groups.visibleGroups()))
                .extracting(MeetingGroup::getSlug)
                .contains(members.getSlug())
                .doesNotContain(closed.getSlug());
        assertThat(fx.as(null, () -> groups.visibleGroups()))
                .extracting(MeetingGroup::getSlug)
                .doesNotContain(members.getSlug(), closed.getSlug());
        Meeting m = fx.meeting(closed, LocalDateTime.now().plusDays(5));
        assertThat(fx.as(OUTSIDER, () -> meetings.meeting(m.getId()))).isEmpty();
        assertThat(fx.as(PATIENT, () -> meetings.meeting(m.getId()))).isPresent();
    }

    @Test
    void openActionsAreCarriedOntoTheNextAgenda() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting first = fx.meeting(g, LocalDateTime.now().minusDays(60));
        Meeting next = fx.meeting(g, LocalDateTime.now().plusDays(30));
        fx.as(CONVENOR, () -> meetings.markHeld(first.getId()));
        ActionItem open = fx.as(
                MEMBER,
                () -> actionService.addAction(first.getId(), "Share the buddying guide", fx.memberId(MEMBER), null));
        ActionItem done = fx.as(MEMBER, () -> actionService.addAction(first.getId(), "Book a room", null, null));
        fx.as(MEMBER, () -> actionService.setActionStatus(done.getId(), ActionStatus.DONE, null));
        assertThat(fx.as(MEMBER, () -> actionService.carriedActions(next)))
                .extracting(ActionItem::getId)
                .containsExactly(open.getId());
        // Not yet published: the public does not see actions from unpublished minutes.
        assertThat(fx.as(null, () -> actionService.carriedActions(next))).isEmpty();
        assertThat(fx.as(MEMBER, () -> actionService.carriedActions(first))).isEmpty();
        fx.as(MEMBER, () -> actionService.setActionStatus(open.getId(), ActionStatus.DONE, next.getId()));
        assertThat(fx.as(MEMBER, () -> actionService.carriedActions(next))).isEmpty();
    }

    @Test
    void attendanceRatesPerMemberAndGroup() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting a = fx.meeting(g, LocalDateTime.now().minusDays(90));
        Meeting b = fx.meeting(g, LocalDateTime.now().minusDays(20));
        List<SeatHolder> seats = fx.as(CONVENOR, () -> groups.seats(g));
        fx.as(CONVENOR, () -> {
            for (SeatHolder s : seats) {
                attendanceService.recordAttendance(a.getId(), s.seatId(), AttendanceStatus.PRESENT);
                attendanceService.recordAttendance(
                        b.getId(),
                        s.seatId(),
                        s.role() == SeatRole.PATIENT_REPRESENTATIVE
                                ? AttendanceStatus.APOLOGIES
                                : AttendanceStatus.PRESENT);
            }
            // Recording again changes the row rather than adding one.
            attendanceService.recordAttendance(b.getId(), seats.get(0).seatId(), AttendanceStatus.ABSENT);
        });
        assertThatThrownBy(() -> fx.as(
                        MEMBER,
                        () -> attendanceService.recordAttendance(
                                a.getId(), seats.get(0).seatId(), AttendanceStatus.ABSENT)))
                .isInstanceOf(AccessDeniedException.class);
        List<AttendanceRate> rates = fx.as(MEMBER, () -> attendanceService.attendanceRates(g));
        assertThat(rates).hasSize(3).allMatch(r -> r.recorded() == 2);
        assertThat(rates)
                .filteredOn(r -> r.memberId().equals(fx.memberId(PATIENT)))
                .singleElement()
                .satisfies(r -> assertThat(r.percent()).isEqualTo(50));
        assertThat(fx.as(MEMBER, () -> attendanceService.groupAttendancePercent(g)))
                .isEqualTo(67);
        // Outside the group, only members listed in the directory are named; anonymous visitors get no rates.
        jdbc.update("update member set directory_consent = false where id = ?", fx.memberId(PATIENT));
        try {
            assertThat(fx.as(OUTSIDER, () -> attendanceService.attendanceRates(g)))
                    .extracting(AttendanceRate::name)
                    .contains("A member", "Alex Member")
                    .doesNotContain("Pat Carer");
            assertThat(fx.as(MEMBER, () -> attendanceService.attendanceRates(g)))
                    .extracting(AttendanceRate::name)
                    .contains("Pat Carer");
            assertThat(fx.as(null, () -> attendanceService.attendanceRates(g))).isEmpty();
        } finally {
            jdbc.update("update member set directory_consent = true where id = ?", fx.memberId(PATIENT));
        }
    }

    @Test
    void mentionsInTheDiscussionNotifyTheSeatHolder() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Post post = fx.as(CONVENOR, () -> discussion.post(g.getId(), null, "Could @alex member bring the figures?"));
        fx.as(PATIENT, () -> discussion.post(g.getId(), post.getId(), "I can help too"));
        Integer mentions = jdbc.queryForObject(
                "select count(*) from notification where recipient_id = ? and title = ?",
                Integer.class,
                fx.memberId(MEMBER),
                "Morgan Convenor mentioned you in " + g.getName());
        assertThat(mentions).isEqualTo(1);
        assertThat(fx.as(MEMBER, () -> discussion.thread(g)))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p.getParent()).isNotNull());
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> discussion.thread(g))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(OUTSIDER, () -> discussion.post(g.getId(), null, "Hello")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void termsOfReferenceKeepTheirHistory() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        TermsOfReference first = new TermsOfReference();
        first.setPurpose("To steward the community");
        fx.as(CONVENOR, () -> termsService.saveTerms(g.getId(), first, "First version"));
        TermsOfReference second = fx.as(
                        CONVENOR, () -> termsService.currentTerms(g).orElseThrow())
                .draftNext();
        second.setPurpose("To steward and grow the community");
        fx.as(CONVENOR, () -> termsService.saveTerms(g.getId(), second, "Purpose widened"));
        assertThatThrownBy(() -> fx.as(MEMBER, () -> termsService.saveTerms(g.getId(), new TermsOfReference(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        List<TermsOfReference> history = fx.as(null, () -> termsService.termsHistory(g));
        assertThat(history).extracting(TermsOfReference::getNumber).containsExactly(2, 1);
        assertThat(history)
                .extracting(TermsOfReference::getPurpose)
                .containsExactly("To steward and grow the community", "To steward the community");
    }
}
