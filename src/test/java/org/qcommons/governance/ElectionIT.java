package org.qcommons.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.governance.GovernanceFixtures.as;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.SeatRole;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** An election from opening to seats, its edge cases, and who may do what, on the real database. */
class ElectionIT extends IntegrationTestBase {

    GovernanceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new GovernanceFixtures(applicationContext);
    }

    @Test
    void openNominateVoteCountPublishAndTheElectedTakeTheirSeats() {
        Election e = fx.openToday(2);
        QUser ann = fx.member("Ann Example", fx.stp);
        QUser ben = fx.member("Ben Example", fx.stp);
        QUser cat = fx.member("Cat Example", fx.stp);
        QUser dan = fx.member("Dan Example", fx.stp);
        Candidate a = fx.stand(ann, e);
        Candidate b = fx.stand(ben, e);
        Candidate nominated = as(dan, () -> fx.nominations.nominate(e.getId(), cat.memberId()));
        assertThat(nominated.getStatus()).isEqualTo(CandidateStatus.AWAITING_ACCEPTANCE);
        Candidate c = as(cat, () -> fx.nominations.accept(nominated.getId(), "Patients first.", "Governor of a trust"));
        assertThat(c.isStanding()).isTrue();

        assertThat(as(fx.convenor, () -> fx.elections.startVoting(e.getId())).getStatus())
                .isEqualTo(ElectionStatus.VOTING);
        as(ann, () -> fx.ballots.cast(e.getId(), List.of(a.getId(), b.getId())));
        as(cat, () -> fx.ballots.cast(e.getId(), List.of(c.getId(), a.getId())));
        String dansReceipt = as(dan, () -> fx.ballots.cast(e.getId(), List.of(b.getId())));
        // Without his receipt Dan cannot cast a second ballot; with it, his last ballot counts and he is on the
        // roll once.
        assertThatThrownBy(() -> as(dan, () -> fx.ballots.cast(e.getId(), List.of(c.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessage(BallotService.ALREADY_VOTED);
        assertThatThrownBy(() ->
                        as(dan, () -> fx.ballots.cast(e.getId(), List.of(c.getId()), "0000-0000-0000-0000-0000-0000")))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("That receipt does not match a ballot in this election.");
        assertThat(as(dan, () -> fx.ballots.cast(e.getId(), List.of(a.getId(), c.getId()), dansReceipt.toLowerCase())))
                .isEqualTo(dansReceipt.toLowerCase());
        assertThat(count("SELECT COUNT(*) FROM gov_ballot WHERE election_id = ?", e.getId()))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM gov_roll WHERE election_id = ?", e.getId()))
                .isEqualTo(3);
        assertThat(fx.jdbc.queryForList(
                        "SELECT preferences FROM gov_ballot WHERE election_id = ?", String.class, e.getId()))
                .containsExactlyInAnyOrder(
                        a.getId() + "," + b.getId(), c.getId() + "," + a.getId(), a.getId() + "," + c.getId());
        assertThat(as(dan, () -> fx.ballots.hasVoted(e.getId()))).isTrue();
        assertThat(as(ben, () -> fx.ballots.hasVoted(e.getId()))).isFalse();

        as(fx.convenor, () -> fx.elections.closeVoting(e.getId()));
        assertThat(count("SELECT SUM(ballots_cast) FROM gov_roll WHERE election_id = ?", e.getId()))
                .isEqualTo(4);
        assertThat(count(
                        "SELECT COUNT(*) FROM gov_ballot WHERE election_id = ? AND receipt_hash IS NOT NULL",
                        e.getId()))
                .as("even a receipt no longer leads to a ballot once voting has closed")
                .isZero();
        String late = dansReceipt;
        assertThatThrownBy(() -> as(dan, () -> fx.ballots.cast(e.getId(), List.of(b.getId()), late)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Voting is not open in this election.");
        assertThatThrownBy(() -> as(ben, () -> fx.ballots.cast(e.getId(), List.of(b.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Voting is not open in this election.");

        CountSheet sheet = as(fx.convenor, () -> fx.elections.count(e.getId()));
        // 3 valid ballots, 2 seats: quota 3/3 + 1 = 2. Ann has 2 first preferences and is elected at stage 1.
        assertThat(sheet.sheet().quota()).isEqualTo(2 * StvCount.SCALE);
        assertThat(sheet.sheet().elected().getFirst()).isEqualTo(String.valueOf(a.getId()));
        assertThat(sheet.sheet().elected()).hasSize(2);
        // Before publication, anonymous readers see nothing of it.
        SecurityContextHolder.clearContext();
        assertThat(fx.elections.byId(e.getId())).isEmpty();

        as(fx.convenor, () -> fx.elections.publish(e.getId()));
        assertThat(fx.elections.byId(e.getId())).isPresent();
        assertThat(fx.elections.elected(e.getId())).hasSize(2);
        assertThat(fx.elections.countSheet(e.getId())).isPresent();
        List<Long> seated = as(fx.convenor, () -> fx.groups.seats(fx.group)).stream()
                .map(SeatHolder::memberId)
                .toList();
        List<Long> electedMembers = fx.elections.elected(e.getId()).stream()
                .map(x -> x.getMember().getId())
                .toList();
        assertThat(seated).containsAll(electedMembers);
        assertThat(count(
                        "SELECT COUNT(*) FROM gov_term WHERE election_id = ? AND seat_id IS NOT NULL"
                                + " AND term_end = DATE_ADD(term_start, INTERVAL 2 YEAR)",
                        e.getId()))
                .isEqualTo(2);
        List<String> trail = as(fx.convenor, () -> fx.elections.auditTrail(e.getId())).stream()
                .map(ElectionLog::getAction)
                .toList();
        assertThat(trail)
                .containsSubsequence(
                        "OPENED",
                        "STANDS",
                        "STANDS",
                        "NOMINATED",
                        "ACCEPTED",
                        "VOTING_OPENED",
                        "VOTING_CLOSED",
                        "COUNTED",
                        "PUBLISHED",
                        "SEATED",
                        "SEATED");
    }

    @Test
    void noCandidatesIsRefusedAndFewerThanTheSeatsAreElectedUnopposed() {
        Election empty = fx.openToday(2);
        assertThatThrownBy(() -> as(fx.convenor, () -> fx.elections.startVoting(empty.getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("No one is standing, so there is nothing to vote on.");

        Election few = fx.openToday(3);
        fx.stand(fx.member("Only One", fx.stp), few);
        fx.stand(fx.member("Only Two", fx.stp), few);
        Election after = as(fx.convenor, () -> fx.elections.startVoting(few.getId()));
        assertThat(after.getStatus()).isEqualTo(ElectionStatus.COUNTED);
        assertThat(after.getOutcome()).contains("elected unopposed").contains("1 seat(s) stay vacant");
        assertThat(as(fx.convenor, () -> fx.elections.elected(few.getId()))).hasSize(2);
    }

    @Test
    void aReElectedIncumbentKeepsTheSeatTheyHold() {
        Election e = fx.openToday(1);
        fx.stand(fx.convenor, e);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        as(fx.convenor, () -> fx.elections.publish(e.getId()));
        long seatsHeld = as(fx.convenor, () -> fx.groups.seats(fx.group)).stream()
                .filter(h -> fx.convenor.memberId().equals(h.memberId()))
                .count();
        assertThat(seatsHeld).isEqualTo(1);
        assertThat(as(fx.convenor, () -> fx.elections.auditTrail(e.getId())))
                .extracting(ElectionLog::getDetail)
                .anyMatch(d -> d != null && d.contains("(already held a seat)"));
    }

    @Test
    void aCandidateMayWithdrawBeforeVotingButNotAfter() {
        Election e = fx.openToday(1);
        QUser quits = fx.member("Will Withdraw", fx.stp);
        QUser stays = fx.member("Will Stay", fx.stp);
        Candidate q = fx.stand(quits, e);
        fx.stand(stays, e);
        fx.stand(fx.member("Third Person", fx.stp), e);
        as(quits, () -> fx.nominations.withdraw(q.getId()));
        assertThat(as(stays, () -> fx.nominations.candidates(e.getId())))
                .extracting(x -> x.getMember().getFullName())
                .doesNotContain("Will Withdraw");
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        assertThatThrownBy(() -> as(quits, () -> fx.ballots.cast(e.getId(), List.of(q.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("not a candidate");
        Candidate s = as(stays, () -> fx.nominations.candidates(e.getId())).stream()
                .filter(x -> x.getMember().getFullName().equals("Will Stay"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> as(stays, () -> fx.nominations.withdraw(s.getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Voting has started, so the ballot cannot change.");
    }

    @Test
    void aMemberWhoMovesRegionDuringTheVoteCanNoLongerVoteAndNobodyVotesOutsideTheirRegion() {
        Election e = fx.openToday(1);
        Candidate a = fx.stand(fx.member("Candidate A", fx.stp), e);
        fx.stand(fx.member("Candidate B", fx.stp), e);
        QUser mover = fx.member("Moving Member", fx.stp);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        QUser outsider = fx.member("Outside Member", fx.elsewhereStp);

        assertThatThrownBy(() -> as(outsider, () -> fx.ballots.cast(e.getId(), List.of(a.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Only members of the " + fx.region.getName() + " region");
        fx.moveTo(mover, fx.elsewhereStp);
        assertThatThrownBy(() -> as(mover, () -> fx.ballots.cast(e.getId(), List.of(a.getId()))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("now places you in " + fx.elsewhere.getName());
        assertThat(count("SELECT COUNT(*) FROM gov_roll WHERE election_id = ?", e.getId()))
                .isZero();
    }

    /** Decision 133: a ballot cast while the voter was eligible stands, but they cannot change it after moving. */
    @Test
    void aVoterWhoMovesRegionAfterVotingKeepsTheirBallotButCannotChangeIt() {
        Election e = fx.openToday(1);
        Candidate a = fx.stand(fx.member("Candidate A", fx.stp), e);
        Candidate b = fx.stand(fx.member("Candidate B", fx.stp), e);
        QUser mover = fx.member("Moving Voter", fx.stp);
        QUser stayer = fx.member("Staying Voter", fx.stp);
        QUser second = fx.member("Second Stayer", fx.stp);
        as(fx.convenor, () -> fx.elections.startVoting(e.getId()));
        String receipt = as(mover, () -> fx.ballots.cast(e.getId(), List.of(a.getId())));
        as(stayer, () -> fx.ballots.cast(e.getId(), List.of(b.getId())));
        as(second, () -> fx.ballots.cast(e.getId(), List.of(a.getId())));

        fx.moveTo(mover, fx.elsewhereStp);
        assertThatThrownBy(() -> as(mover, () -> fx.ballots.cast(e.getId(), List.of(b.getId()), receipt)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Only members of the " + fx.region.getName() + " region take part in this election; your"
                        + " profile now places you in " + fx.elsewhere.getName() + ".");
        assertThat(as(mover, () -> fx.ballots.hasVoted(e.getId()))).isTrue();
        assertThat(fx.jdbc.queryForList(
                        "SELECT preferences FROM gov_ballot WHERE election_id = ?", String.class, e.getId()))
                .containsExactlyInAnyOrder(
                        String.valueOf(a.getId()), String.valueOf(b.getId()), String.valueOf(a.getId()));

        as(fx.convenor, () -> fx.elections.closeVoting(e.getId()));
        CountSheet sheet = as(fx.convenor, () -> fx.elections.count(e.getId()));
        // All three ballots count: quota 3/2 + 1 = 2, which A reaches at stage 1 only with the mover's ballot.
        assertThat(sheet.sheet().validPapers()).isEqualTo(3);
        assertThat(sheet.sheet().stages()).hasSize(1);
        assertThat(sheet.sheet().elected()).containsExactly(String.valueOf(a.getId()));
    }

    @Test
    void onlyTheGroupsManagersRunItsElectionsAndNoOneCanReadHowAnyoneVoted() {
        QUser otherConvenor = fx.member("Convenor Elsewhere", fx.stp, Role.MEMBER, Role.CONVENOR);
        QUser member = fx.member("Plain Member", fx.stp);
        assertThatThrownBy(() -> as(member, () -> fx.elections.open(fx.group.getId(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        otherConvenor,
                        () -> fx.elections.open(
                                fx.group.getId(),
                                new ElectionForm("x", 1, SeatRole.MEMBER, null, null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        Election e = fx.openToday(1);
        assertThatThrownBy(() -> as(member, () -> fx.elections.startVoting(e.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> fx.elections.auditTrail(e.getId())))
                .isInstanceOf(AccessDeniedException.class);
        // The ballot table has no column that names a voter: a convenor, or anyone, cannot see how anyone voted.
        assertThat(fx.jdbc.queryForList(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                                + " AND table_name = 'gov_ballot'",
                        String.class))
                .containsExactlyInAnyOrder("id", "election_id", "receipt_hash", "preferences");
    }

    @Test
    void openingChecksTheDatesAndTheStatementIsKeptTo300Words() {
        var today = fx.elections.today();
        assertThatThrownBy(() -> as(
                        fx.convenor,
                        () -> fx.elections.open(
                                fx.group.getId(),
                                new ElectionForm(
                                        "Backwards",
                                        1,
                                        SeatRole.MEMBER,
                                        today,
                                        today,
                                        today.minusDays(1),
                                        today,
                                        today,
                                        today.plusYears(1)))))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("The dates must run in order");
        Election e = fx.openToday(1);
        String longStatement = "word ".repeat(301);
        assertThatThrownBy(() ->
                        as(fx.member("Too Wordy", fx.stp), () -> fx.nominations.stand(e.getId(), longStatement, null)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("The statement has 301 words; keep it to 300.");
    }

    private long count(String sql, Object... args) {
        return fx.jdbc.queryForObject(sql, Long.class, args);
    }
}
