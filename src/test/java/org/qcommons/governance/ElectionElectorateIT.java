package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.governance.GovernanceFixtures.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.testsupport.IntegrationTestBase;

/**
 * Decision 133: the electorate and the ballot are fixed when voting opens. Turnout is measured against the
 * electorate at opening, a member who joins the region during the vote does not vote in it, and a candidate who
 * leaves the region during the vote stays on the ballot.
 */
class ElectionElectorateIT extends IntegrationTestBase {

    GovernanceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new GovernanceFixtures(applicationContext);
    }

    @Test
    void theElectorateIsFixedWhenVotingOpensAndTurnoutIsMeasuredAgainstIt() {
        Election e = fx.openToday(1);
        Candidate a = fx.stand(fx.member("Fixed Candidate A", fx.stp), e);
        fx.stand(fx.member("Fixed Candidate B", fx.stp), e);
        QUser first = fx.member("Fixed Voter One", fx.stp);
        QUser second = fx.member("Fixed Voter Two", fx.stp);
        QUser leaver = fx.member("Fixed Leaver", fx.stp);
        QUser arriving = fx.member("Arriving Member", fx.elsewhereStp);
        // The convenor, two candidates, two voters and the leaver: six active members of the region.
        assertThat(as(fx.convenor, () -> fx.elections.turnout(e.getId())).electorate())
                .isEqualTo(6);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));

        QUser newcomer = fx.member("New Member", fx.stp);
        fx.moveTo(arriving, fx.stp);
        fx.moveTo(leaver, fx.elsewhereStp);
        String fixedOn = ElectionService.UK.format(fx.elections.today());
        for (QUser late : List.of(newcomer, arriving)) {
            assertThatThrownBy(() -> as(late, () -> fx.ballots.cast(e.getId(), List.of(a.getId()))))
                    .isInstanceOf(BusinessException.class)
                    .hasMessage("The electorate of this election was fixed when voting opened on " + fixedOn
                            + ", and you were not then an active member of the " + fx.region.getName()
                            + " region, so you cannot vote in it. You can take part in the region's next election.");
            assertThat(as(late, () -> fx.nominations.whyNotEligible(e.getId())))
                    .startsWith("The electorate of this election was fixed");
        }
        assertThatThrownBy(() -> as(leaver, () -> fx.ballots.cast(e.getId(), List.of(a.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("now places you in " + fx.elsewhere.getName());
        as(first, () -> fx.ballots.cast(e.getId(), List.of(a.getId())));
        as(second, () -> fx.ballots.cast(e.getId(), List.of(a.getId())));

        ElectionService.Turnout turnout = as(fx.convenor, () -> fx.elections.turnout(e.getId()));
        assertThat(turnout.voted()).isEqualTo(2);
        assertThat(turnout.electorate())
                .as("the region now has seven active members, but six were its electorate")
                .isEqualTo(6);
        assertThat(fx.jdbc.queryForList(
                        "SELECT member_id FROM gov_elector WHERE election_id = ?", Long.class, e.getId()))
                .contains(leaver.memberId(), first.memberId())
                .doesNotContain(newcomer.memberId(), arriving.memberId());
        assertThat(as(fx.convenor, () -> fx.elections.auditTrail(e.getId())))
                .filteredOn(l -> l.getAction().equals("VOTING_OPENED"))
                .extracting(ElectionLog::getDetail)
                .containsExactly("2 candidates for 1 seat(s); electorate 6");
    }

    @Test
    void aCandidateWhoLeavesTheRegionDuringTheVoteStaysOnTheBallotAndCanBeElected() {
        Election e = fx.openToday(1);
        QUser movingCandidate = fx.member("Moving Candidate", fx.stp);
        Candidate a = fx.stand(movingCandidate, e);
        Candidate b = fx.stand(fx.member("Staying Candidate", fx.stp), e);
        List<QUser> voters = fx.voters(3);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        fx.moveTo(movingCandidate, fx.elsewhereStp);

        assertThat(as(voters.getFirst(), () -> fx.nominations.leftTheRegionSinceVotingOpened(e.getId())))
                .containsExactly(a.getId());
        for (QUser v : voters) {
            as(v, () -> fx.ballots.cast(e.getId(), List.of(a.getId(), b.getId())));
        }
        as(fx.convenor, () -> fx.elections.closeVoting(e.getId()));
        as(fx.convenor, () -> fx.elections.count(e.getId()));
        assertThat(as(fx.convenor, () -> fx.elections.elected(e.getId())))
                .extracting(Candidate::getId)
                .containsExactly(a.getId());
    }

    @Test
    void aCandidateWhoLeftTheRegionBeforeVotingOpensIsTakenOffTheBallotAndTold() {
        Election e = fx.openToday(1);
        QUser gone = fx.member("Gone Candidate", fx.stp);
        Candidate g = fx.stand(gone, e);
        Candidate a = fx.stand(fx.member("Remaining A", fx.stp), e);
        fx.stand(fx.member("Remaining B", fx.stp), e);
        QUser voter = fx.member("Ballot Reader", fx.stp);
        fx.moveTo(gone, fx.elsewhereStp);

        Election voting = as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        assertThat(voting.getStatus()).isEqualTo(ElectionStatus.VOTING);
        assertThat(fx.jdbc.queryForObject("SELECT status FROM gov_candidate WHERE id = ?", String.class, g.getId()))
                .isEqualTo("INELIGIBLE");
        assertThat(as(voter, () -> fx.nominations.candidates(e.getId())))
                .extracting(Candidate::getId)
                .doesNotContain(g.getId())
                .contains(a.getId());
        assertThatThrownBy(() -> as(voter, () -> fx.ballots.cast(e.getId(), List.of(g.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("not a candidate");
        assertThat(fx.jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND title = ?",
                        Long.class,
                        gone.memberId(),
                        "You are not on the ballot in " + e.getTitle()))
                .isEqualTo(1);
        assertThat(as(fx.convenor, () -> fx.elections.auditTrail(e.getId())))
                .extracting(ElectionLog::getAction)
                .containsSubsequence("INELIGIBLE", "VOTING_OPENED");

        // With the one who left taken off, two for two seats are elected unopposed.
        Election two = fx.openToday(2);
        QUser leaves = fx.member("Leaves Too", fx.stp);
        fx.stand(leaves, two);
        fx.stand(fx.member("Stays One", fx.stp), two);
        fx.stand(fx.member("Stays Two", fx.stp), two);
        fx.moveTo(leaves, fx.elsewhereStp);
        Election after = as(fx.convenor, () -> fx.elections.startVoting(two.getId()));
        assertThat(after.getStatus()).isEqualTo(ElectionStatus.COUNTED);
        assertThat(after.getOutcome()).startsWith("2 candidate(s) for 2 seat(s): elected unopposed");
    }
}
