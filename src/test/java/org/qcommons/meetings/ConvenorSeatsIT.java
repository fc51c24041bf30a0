package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.ADMIN;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Convenor seats are changed by convenors and ADMINs only, at the service: an administrator seat (patient@ here)
 * manages ordinary seats but cannot appoint a convenor, which would get round "only convenors approve minutes".
 */
class ConvenorSeatsIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void anAdministratorSeatCannotAppointOrRemoveAConvenor() {
        MeetingGroup g = fx.group(Visibility.PUBLIC, SeatRole.ADMINISTRATOR);
        Long outsider = fx.memberId(OUTSIDER);

        assertThatThrownBy(() -> fx.as(PATIENT, () -> groups.addSeat(g.getId(), outsider, SeatRole.MEMBER, true)))
                .isInstanceOf(AccessDeniedException.class);
        SeatHolder convenorSeat = fx.as(CONVENOR, () -> groups.seats(g)).stream()
                .filter(SeatHolder::convenor)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> fx.as(PATIENT, () -> groups.removeSeat(convenorSeat.seatId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.as(CONVENOR, () -> groups.seats(g)).stream().filter(SeatHolder::convenor))
                .extracting(SeatHolder::memberId)
                .containsExactly(fx.memberId(CONVENOR));

        // Ordinary seats remain the administrator seat's to manage.
        Seat ordinary = fx.as(PATIENT, () -> groups.addSeat(g.getId(), outsider, SeatRole.MEMBER, false));
        assertThat(ordinary.isConvenor()).isFalse();
        fx.as(PATIENT, () -> groups.removeSeat(ordinary.getId()));
    }

    @Test
    void convenorsAndSiteAdministratorsAppointConvenors() {
        MeetingGroup g = fx.group(Visibility.PUBLIC, SeatRole.ADMINISTRATOR);
        Seat byConvenor =
                fx.as(CONVENOR, () -> groups.addSeat(g.getId(), fx.memberId(OUTSIDER), SeatRole.MEMBER, true));
        assertThat(byConvenor.isConvenor()).isTrue();
        fx.as(ADMIN, () -> groups.removeSeat(byConvenor.getId()));
        Seat byAdmin = fx.as(ADMIN, () -> groups.addSeat(g.getId(), fx.memberId(OUTSIDER), SeatRole.MEMBER, true));
        assertThat(byAdmin.isConvenor()).isTrue();
    }
}
