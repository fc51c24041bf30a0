package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what, as a table. In the group, convenor@ convenes, patient@ holds the administrator seat,
 * member@ holds an ordinary seat, coordinator@ holds none; admin@ runs the site; "anonymous" is not signed in.
 */
class PermissionMatrixIT extends IntegrationTestBase {

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
    MinutesService minutesService;

    @Autowired
    AccountService accounts;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // actor,                     see draft, edit minutes, add action, manage agenda, attendance, approve, read
        // published, members group, private group
        "admin@qcommons.test,         true,      true,         true,       true,          true,       true,    true,           true,          true",
        "convenor@qcommons.test,      true,      true,         true,       true,          true,       true,    true,           true,          true",
        "patient@qcommons.test,       true,      true,         true,       true,          true,       false,   true,           true,          true",
        "member@qcommons.test,        true,      true,         true,       false,         false,      false,   true,           true,          true",
        "coordinator@qcommons.test,   false,     false,        false,      false,         false,      false,   true,           true,          false",
        "anonymous,                   false,     false,        false,      false,         false,      false,   true,           false,         false"
    })
    void matrix(
            String actor,
            boolean seeDraft,
            boolean editMinutes,
            boolean addAction,
            boolean manageAgenda,
            boolean attendance,
            boolean approve,
            boolean readPublished,
            boolean seeMembersGroup,
            boolean seePrivateGroup) {
        String who = actor.equals("anonymous") ? null : actor;
        MeetingGroup g = fx.group(Visibility.PUBLIC, SeatRole.ADMINISTRATOR);
        Meeting held = fx.meeting(g, LocalDateTime.now().minusDays(2));
        fx.as(CONVENOR, () -> meetings.markHeld(held.getId()));
        AgendaItem item = fx.as(CONVENOR, () -> agendaService.agenda(held)).get(0);
        fx.as(CONVENOR, () -> minutesService.saveMinutes(item.getId(), item.getVersion(), null, "Draft words"));
        Meeting heldNow = fx.as(CONVENOR, () -> meetings.meeting(held.getId()).orElseThrow());
        SeatHolder seat = fx.as(CONVENOR, () -> groups.seats(g)).get(0);

        assertThat(fx.as(
                        who,
                        () -> agendaService.agenda(heldNow).stream()
                                .anyMatch(i -> "Draft words".equals(i.getMinutesText()))))
                .as("the service hands out draft minutes")
                .isEqualTo(seeDraft);
        assertThat(fx.as(
                        who,
                        () -> agendaService
                                .item(item.getId())
                                .map(AgendaItem::getMinutesText)
                                .filter("Draft words"::equals)
                                .isPresent()))
                .as("the service hands out one item's draft minutes")
                .isEqualTo(seeDraft);
        assertThat(fx.as(who, () -> meetings.viewer(heldNow).seeMinutes()))
                .as("the view would show draft minutes")
                .isEqualTo(seeDraft);
        AgendaItem fresh =
                fx.as(CONVENOR, () -> agendaService.item(item.getId()).orElseThrow());
        assertThat(allowed(
                        who,
                        () -> minutesService.saveMinutes(
                                item.getId(), fresh.getVersion(), fresh.getMinutesText(), "Edited")))
                .as("edit draft minutes")
                .isEqualTo(editMinutes);
        assertThat(allowed(who, () -> actionService.addAction(held.getId(), "Do it", null, LocalDate.now())))
                .as("add action")
                .isEqualTo(addAction);
        assertThat(allowed(who, () -> agendaService.addItem(held.getId(), "Extra", null, 5, null)))
                .as("manage agenda")
                .isEqualTo(manageAgenda);
        assertThat(allowed(who, () -> {
                    attendanceService.recordAttendance(held.getId(), seat.seatId(), AttendanceStatus.PRESENT);
                    return null;
                }))
                .as("record attendance")
                .isEqualTo(attendance);

        fx.as(CONVENOR, () -> meetings.circulateDraft(held.getId(), 7));
        assertThat(allowed(who, () -> meetings.approveMinutes(held.getId())))
                .as("approve minutes")
                .isEqualTo(approve);
        if (!approve) {
            fx.as(CONVENOR, () -> meetings.approveMinutes(held.getId()));
        }
        assertThat(fx.as(who, () -> meetings.withPublishedMinutes(g)))
                .as("read published minutes")
                .hasSize(readPublished ? 1 : 0);

        MeetingGroup membersOnly = fx.group(Visibility.MEMBERS, SeatRole.ADMINISTRATOR);
        MeetingGroup closed = fx.group(Visibility.PRIVATE, SeatRole.ADMINISTRATOR);
        assertThat(fx.as(who, () -> groups.bySlug(membersOnly.getSlug())).isPresent())
                .as("see members-only group")
                .isEqualTo(seeMembersGroup);
        assertThat(fx.as(who, () -> groups.bySlug(closed.getSlug())).isPresent())
                .as("see private group")
                .isEqualTo(seePrivateGroup);
    }

    private boolean allowed(String who, Supplier<?> action) {
        try {
            fx.as(who, action);
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }
}
