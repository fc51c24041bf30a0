package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.governance.GovernanceFixtures.as;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.security.access.AccessDeniedException;

/** A declaration of interest recorded against an agenda item, by a seat holder, about a seat holder. */
class MeetingDeclarationIT extends IntegrationTestBase {

    @Test
    void aSeatHolderRecordsWhoDeclaredWhatAgainstWhichItem() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        MeetingService meetings = applicationContext.getBean(MeetingService.class);
        AgendaService agenda = applicationContext.getBean(AgendaService.class);
        MeetingDeclarationService declarations = applicationContext.getBean(MeetingDeclarationService.class);
        Meeting m = as(
                fx.convenor,
                () -> meetings.schedule(
                        fx.group.getId(),
                        "Quarterly meeting",
                        LocalDateTime.now().plusDays(7),
                        120,
                        "Room 1",
                        null));
        AgendaItem item = as(fx.convenor, () -> agenda.addItem(m.getId(), "Hospice funding bid", null, 20, null));

        as(
                fx.convenor,
                () -> declarations.record(
                        m.getId(), item.getId(), fx.convenor.memberId(), "Trustee of the hospice", "Left the room"));

        assertThat(as(
                        fx.convenor,
                        () -> declarations.declarations(
                                meetings.meeting(m.getId()).orElseThrow())))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.getAgendaItemId()).isEqualTo(item.getId());
                    assertThat(d.getInterest()).isEqualTo("Trustee of the hospice");
                    assertThat(d.getActionTaken()).isEqualTo("Left the room");
                });
        QUser outsider = fx.member("Not A Seat Holder", fx.stp);
        assertThatThrownBy(() -> as(
                        outsider, () -> declarations.record(m.getId(), item.getId(), outsider.memberId(), "x", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        fx.convenor,
                        () -> declarations.record(m.getId(), item.getId(), outsider.memberId(), "x", null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Choose one of the group's seat holders.");
    }
}
