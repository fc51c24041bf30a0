package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Action owners are named to readers outside the group only with their directory consent, at the service. */
class ActionOwnerConsentIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    ActionService actionService;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousReadersAndOutsidersSeeAnOwnersNameOnlyWithTheirConsent() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.meeting(g, LocalDateTime.now().minusDays(3));
        Long owner = fx.memberId(MEMBER);
        fx.as(CONVENOR, () -> {
            meetings.markHeld(m.getId());
            actionService.addAction(m.getId(), "Audit the falls data", owner, LocalDate.now());
            meetings.circulateDraft(m.getId(), 7);
            return meetings.approveMinutes(m.getId());
        });
        String name = jdbc.queryForObject("select full_name from member where id = ?", String.class, owner);
        Boolean consent =
                jdbc.queryForObject("select directory_consent from member where id = ?", Boolean.class, owner);
        try {
            jdbc.update("update member set directory_consent = false where id = ?", owner);
            Meeting published =
                    fx.as(CONVENOR, () -> meetings.meeting(m.getId()).orElseThrow());
            for (String reader : new String[] {null, OUTSIDER}) {
                ActionItem seen =
                        fx.as(reader, () -> actionService.actions(published)).getFirst();
                assertThat(seen.getOwnerName()).as(String.valueOf(reader)).isEqualTo("A member");
                assertThat(seen.getOwner()).as("the member record stays behind").isNull();
            }
            assertThat(fx.as(CONVENOR, () -> actionService.actions(published))
                            .getFirst()
                            .getOwnerName())
                    .isEqualTo(name);

            jdbc.update("update member set directory_consent = true where id = ?", owner);
            assertThat(fx.as(null, () -> actionService.actions(published))
                            .getFirst()
                            .getOwnerName())
                    .isEqualTo(name);
        } finally {
            jdbc.update("update member set directory_consent = ? where id = ?", consent, owner);
        }
    }
}
