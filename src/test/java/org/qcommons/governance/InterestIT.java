package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.governance.GovernanceFixtures.as;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.SeatRole;
import org.qcommons.people.Member;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Standing declarations, the published register of a public group, and the yearly reminder. */
class InterestIT extends IntegrationTestBase {

    @Test
    void aSeatHoldersCurrentDeclarationsArePublishedAndEndedOnesStayOnRecord() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        InterestService interests = applicationContext.getBean(InterestService.class);
        QUser holder = fx.member("Register Holder", fx.stp);
        SystemRunner.asSystem(() -> fx.groups.addSeat(fx.group.getId(), holder.memberId(), SeatRole.MEMBER, false));
        LocalDate today = fx.elections.today();
        as(holder, () -> interests.declare(InterestKind.DIRECTORSHIP, "Director, Example Health Ltd", today));
        InterestDeclaration ended = as(
                holder,
                () -> interests.declare(InterestKind.SPONSORSHIP, "Conference place, 2025", today.minusYears(1)));
        as(holder, () -> interests.end(ended.getId(), today.minusDays(1)));
        assertThat(as(holder, interests::mine)).hasSize(2);

        SecurityContextHolder.clearContext();
        var register = interests.register(fx.group);
        assertThat(register)
                .extracting(InterestService.RegisterLine::description)
                .containsExactly("Director, Example Health Ltd");
        assertThat(register.getFirst().kind().category()).isEqualTo(InterestCategory.FINANCIAL);

        QUser other = fx.member("Someone Else", fx.stp);
        assertThatThrownBy(() -> as(other, () -> interests.end(ended.getId(), today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(holder, () -> interests.end(ended.getId(), today.minusYears(2))))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("The end date must be on or after the start");
        assertThatThrownBy(() -> as(holder, () -> interests.declare(InterestKind.EMPLOYMENT, " ", today)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void seatHoldersAreRemindedOnceAYearUntilTheyConfirm() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        InterestReminders reminders = applicationContext.getBean(InterestReminders.class);
        InterestService interests = applicationContext.getBean(InterestService.class);
        QUser holder = fx.member("Needs Reminding", fx.stp);
        QUser confirmer = fx.member("Already Confirmed", fx.stp);
        SystemRunner.asSystem(() -> fx.groups.addSeat(fx.group.getId(), holder.memberId(), SeatRole.MEMBER, false));
        SystemRunner.asSystem(() -> fx.groups.addSeat(fx.group.getId(), confirmer.memberId(), SeatRole.MEMBER, false));
        as(confirmer, interests::confirm);

        // Only this test's seat holders: the demo data's seat holders are left alone.
        EntityManager em = applicationContext.getBean(EntityManager.class);
        for (int round = 0; round < 2; round++) {
            for (QUser q : new QUser[] {holder, confirmer}) {
                SystemRunner.asSystem(() -> reminders.remindIfDue(em.find(Member.class, q.memberId())));
            }
        }

        assertThat(notices(fx, holder)).isEqualTo(1);
        assertThat(notices(fx, confirmer)).isZero();
        assertThat(as(confirmer, interests::confirmedOn)).contains(fx.elections.today());
    }

    private static long notices(GovernanceFixtures fx, QUser who) {
        return fx.jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND title = ?",
                Long.class,
                who.memberId(),
                "Please confirm your register of interests");
    }
}
