package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.audit.AuditService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The convenor changes a seat's role with a reason: audited, the holder told, a member cannot do it. */
class SeatRolesIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Autowired
    SeatRoles seatRoles;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void theConvenorMakesAMemberSeatThePatientRepresentativeWithAReason() {
        MeetingGroup group = fx.group(Visibility.MEMBERS, SeatRole.MEMBER);
        long[] seat = seatOf(group, MEMBER);
        Long member = fx.memberId(MEMBER);
        long before = count("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", member);

        fx.as(
                CONVENOR,
                () -> seatRoles.change(seat[0], seat[1], SeatRole.PARTNER_LINK, false, "Links us to the hospice"));

        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(role, '|', role_reason) FROM mtg_seat WHERE id = ?", String.class, seat[0]))
                .isEqualTo("PARTNER_LINK|Links us to the hospice");
        assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient_id = ?", member))
                .isEqualTo(before + 1);
        assertThat(fx.as(CONVENOR, () -> audit.history(Seat.class, seat[0])))
                .isNotEmpty()
                .first()
                .satisfies(e -> assertThat(e.changes().toString()).contains("Links us to the hospice"));
    }

    @Test
    void aReasonIsNeededAndAnOrdinarySeatHolderCannotChangeRoles() {
        MeetingGroup group = fx.group(Visibility.MEMBERS, SeatRole.MEMBER);
        long[] seat = seatOf(group, PATIENT);
        assertThatThrownBy(() -> fx.as(
                        CONVENOR,
                        () -> seatRoles.change(seat[0], seat[1], SeatRole.PATIENT_REPRESENTATIVE, false, " ")))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> fx.as(
                        MEMBER,
                        () -> seatRoles.change(seat[0], seat[1], SeatRole.PATIENT_REPRESENTATIVE, false, "Because")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The seat's id and version. */
    private long[] seatOf(MeetingGroup group, String email) {
        Long id = jdbc.queryForObject(
                "SELECT id FROM mtg_seat WHERE group_id = ? AND member_id = ?",
                Long.class,
                group.getId(),
                fx.memberId(email));
        return new long[] {id, jdbc.queryForObject("SELECT version FROM mtg_seat WHERE id = ?", Long.class, id)};
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
