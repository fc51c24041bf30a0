package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.governance.GovernanceFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.testsupport.IntegrationTestBase;

/** Elections open and close on their dates by themselves, and the people concerned are told. */
class ElectionCalendarIT extends IntegrationTestBase {

    @Test
    void votingOpensOnItsFirstDayAndClosesAndIsCountedTheDayAfterItsLast() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        ElectionCalendar calendar = applicationContext.getBean(ElectionCalendar.class);
        Election e = fx.openToday(1);
        QUser ann = fx.member("Ann Calendar", fx.stp);
        QUser ben = fx.member("Ben Calendar", fx.stp);
        QUser voter = fx.member("Vic Calendar", fx.stp);
        Candidate a = fx.stand(ann, e);
        Candidate b = fx.stand(ben, e);
        LocalDate today = fx.elections.today();

        SystemRunner.asSystem(() -> calendar.moveDue(today.minusDays(1)));
        assertThat(status(fx, e)).as("not before its date").isEqualTo(ElectionStatus.NOMINATIONS);
        SystemRunner.asSystem(() -> calendar.moveDue(today));
        assertThat(status(fx, e)).isEqualTo(ElectionStatus.VOTING);
        assertThat(notices(fx, voter, "Voting is open: " + e.getTitle())).isEqualTo(1);
        assertThat(notices(fx, ann, "Voting is open: " + e.getTitle())).isEqualTo(1);

        as(ann, () -> fx.ballots.cast(e.getId(), List.of(a.getId(), b.getId())));
        as(voter, () -> fx.ballots.cast(e.getId(), List.of(a.getId())));
        SystemRunner.asSystem(() -> calendar.moveDue(today));
        assertThat(status(fx, e)).as("the last voting day is a voting day").isEqualTo(ElectionStatus.VOTING);

        SystemRunner.asSystem(() -> calendar.moveDue(today.plusDays(1)));
        assertThat(status(fx, e)).isEqualTo(ElectionStatus.COUNTED);
        assertThat(notices(fx, fx.convenor, "Voting has closed in " + e.getTitle()))
                .isEqualTo(1);
        assertThat(as(fx.convenor, () -> fx.elections.elected(e.getId())))
                .extracting(c -> c.getMember().getId())
                .containsExactly(ann.memberId());
        assertThat(as(fx.convenor, () -> fx.elections.auditTrail(e.getId())))
                .extracting(ElectionLog::getAction)
                .contains("VOTING_OPENED", "VOTING_CLOSED", "COUNTED")
                .allSatisfy(action -> assertThat(action).isNotBlank());
    }

    @Test
    void withNoOneStandingTheConvenorIsToldOnceAndTheElectionWaits() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        ElectionCalendar calendar = applicationContext.getBean(ElectionCalendar.class);
        Election e = fx.openToday(2);
        LocalDate today = fx.elections.today();
        SystemRunner.asSystem(() -> calendar.moveDue(today));
        SystemRunner.asSystem(() -> calendar.moveDue(today.plusDays(1)));
        assertThat(status(fx, e)).isEqualTo(ElectionStatus.NOMINATIONS);
        assertThat(notices(fx, fx.convenor, "No one is standing in " + e.getTitle()))
                .isEqualTo(1);
    }

    @Test
    void aSoleCandidateIsElectedUnopposedOnTheFirstVotingDay() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        ElectionCalendar calendar = applicationContext.getBean(ElectionCalendar.class);
        Election e = fx.openToday(2);
        fx.stand(fx.member("Sole Candidate", fx.stp), e);
        SystemRunner.asSystem(() -> calendar.moveDue(fx.elections.today()));
        assertThat(status(fx, e)).isEqualTo(ElectionStatus.COUNTED);
        assertThat(notices(fx, fx.convenor, "Elected unopposed in " + e.getTitle()))
                .isEqualTo(1);
    }

    private static ElectionStatus status(GovernanceFixtures fx, Election e) {
        return ElectionStatus.valueOf(
                fx.jdbc.queryForObject("SELECT status FROM gov_election WHERE id = ?", String.class, e.getId()));
    }

    private static long notices(GovernanceFixtures fx, QUser who, String title) {
        return fx.jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND title = ?",
                Long.class,
                who.memberId(),
                title);
    }
}
