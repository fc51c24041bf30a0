package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;

/** The demo's governance, as the demo ADMIN sees it: voting under way in the West, a published three-stage count, interests and a concern. */
class GovernanceDemoDataIT extends IntegrationTestBase {

    @Test
    void seedsAnElectionUnderWayAPublishedCountInterestsAndAConcern() {
        ElectionService elections = applicationContext.getBean(ElectionService.class);
        InterestService interests = applicationContext.getBean(InterestService.class);
        GroupService groups = applicationContext.getBean(GroupService.class);
        QUser admin = applicationContext.getBean(AccountService.class).loadUserByUsername(DemoAccounts.ADMIN);
        GovernanceFixtures.as(admin, () -> {
            MeetingGroup west = groups.bySlug(GovernanceDemoData.WEST_SLUG).orElseThrow();
            Election open = elections.forGroup(west).stream()
                    .filter(e -> e.getTitle().startsWith("Patient and public seat"))
                    .findFirst()
                    .orElseThrow();
            assertThat(open.getStatus()).isEqualTo(ElectionStatus.VOTING);
            assertThat(open.acceptsBallots(elections.today())).isTrue();
            assertThat(elections.turnout(open.getId()).voted()).isGreaterThanOrEqualTo(6);

            MeetingGroup north =
                    groups.bySlug(GovernanceDemoData.NORTH_EAST_SLUG).orElseThrow();
            Election done = elections.forGroup(north).stream()
                    .filter(e -> e.getTitle().startsWith("Two member seats"))
                    .findFirst()
                    .orElseThrow();
            assertThat(done.resultsOut()).isTrue();
            assertThat(done.getVotingClose()).isBefore(elections.today());
            StvCount.Sheet sheet =
                    elections.countSheet(done.getId()).orElseThrow().sheet();
            assertThat(sheet.validPapers()).isEqualTo(41);
            assertThat(StvCount.Sheet.votes(sheet.quota())).isEqualTo("14.00000");
            assertThat(sheet.stages())
                    .extracting(StvCount.Stage::kind)
                    .startsWith(
                            StvCount.StageKind.FIRST_PREFERENCES,
                            StvCount.StageKind.SURPLUS,
                            StvCount.StageKind.EXCLUSION);
            assertThat(elections.elected(done.getId())).hasSize(2);

            assertThat(interests.register(north)).hasSizeGreaterThanOrEqualTo(4);
            List<Concern> queue =
                    applicationContext.getBean(ConcernService.class).queue();
            assertThat(queue).anyMatch(c -> c.getStatus() == ConcernStatus.IN_MEDIATION && c.isConfidential());
            return null;
        });
    }
}
