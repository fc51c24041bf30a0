package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.demo.MeetingsDemoData;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingsDemoDataIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Autowired
    AttendanceService attendanceService;

    @Autowired
    TermsService termsService;

    @Test
    void seedsThreeStewardshipGroupsWithSeatsTermsAndMeetings() {
        SystemRunner.asSystem(() -> {
            for (String slug : List.of(
                    MeetingsDemoData.WEST_SLUG, MeetingsDemoData.SOUTH_WEST_SLUG, MeetingsDemoData.NORTH_EAST_SLUG)) {
                MeetingGroup g = groups.bySlug(slug).orElseThrow();
                List<SeatHolder> seats = groups.seats(g);
                assertThat(seats).hasSizeBetween(7, 11);
                assertThat(seats)
                        .filteredOn(s -> s.role() == SeatRole.PATIENT_REPRESENTATIVE)
                        .hasSize(1);
                assertThat(seats).filteredOn(SeatHolder::convenor).hasSize(1);
                assertThat(g.principles()).hasSize(7);
                TermsOfReference terms = termsService.currentTerms(g).orElseThrow();
                assertThat(terms.getNumber()).isEqualTo(2);
                assertThat(terms.sections())
                        .containsKeys(
                                "Purpose",
                                "Scope",
                                "Membership",
                                "Meeting arrangements",
                                "Ways of working",
                                "Reporting",
                                "Resources",
                                "Success criteria");
                assertThat(meetings.withPublishedMinutes(g)).hasSize(1);
                assertThat(meetings.upcoming(g)).hasSize(2);
                assertThat(meetings.meetings(g)).anyMatch(m -> m.isMinutesDue(LocalDate.now(clock)));
                assertThat(attendanceService.groupAttendancePercent(g)).isBetween(50, 100);
            }
            MeetingGroup west = groups.bySlug(MeetingsDemoData.WEST_SLUG).orElseThrow();
            assertThat(groups.seats(west))
                    .hasSize(11)
                    .anyMatch(s -> "Morgan Convenor".equals(s.name()) && s.convenor())
                    .anyMatch(s -> "Alex Member".equals(s.name()));
        });
    }
}
