package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casting a ballot (decision 093): the roll is marked and the ballot written in one transaction, so a vote is
 * neither lost nor doubled; a later ballot by the same voter replaces their earlier one. The ballot row holds
 * the preferences and a keyed token, never the voter.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BallotService {

    private static final int ATTEMPTS = 5;

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final BallotRepository ballots;
    private final BallotTokens tokens;
    private final ElectionAccess access;
    private final EntityManager em;
    private final TransactionTemplate tx;

    BallotService(
            ElectionRepository elections,
            CandidateRepository candidates,
            BallotRepository ballots,
            BallotTokens tokens,
            ElectionAccess access,
            EntityManager em,
            PlatformTransactionManager transactions) {
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.tokens = tokens;
        this.access = access;
        this.em = em;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Casts the current member's ballot: candidate ids, first preference first. */
    public void cast(Long electionId, List<Long> ranking) {
        Long memberId = CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member"));
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(s -> castOnce(electionId, memberId, ranking));
                return;
            } catch (PessimisticLockingFailureException busy) {
                // InnoDB may pick a deadlock victim among simultaneous upserts; the whole transaction rolled back.
                if (attempt == ATTEMPTS) {
                    throw new BusinessException(
                            "Many members are voting at this moment; please cast your ballot" + " again.");
                }
            }
        }
    }

    private void castOnce(Long electionId, Long memberId, List<Long> ranking) {
        Election e = elections
                .findForBallot(electionId)
                .orElseThrow(() -> new BusinessException("This election no longer exists."));
        if (!e.acceptsBallots(access.today())) {
            throw new BusinessException(
                    e.getStatus() == ElectionStatus.VOTING
                            ? "Voting runs from " + ElectionService.UK.format(e.getVotingOpen()) + " to "
                                    + ElectionService.UK.format(e.getVotingClose()) + "."
                            : "Voting is not open in this election.");
        }
        access.requireEligible(e, em.find(Member.class, memberId));
        if (ranking == null || ranking.isEmpty()) {
            throw new BusinessException("Rank at least one candidate.");
        }
        Set<Long> standing = new HashSet<>();
        candidates.findByElection(electionId).stream()
                .filter(Candidate::isStanding)
                .forEach(c -> standing.add(c.getId()));
        if (new HashSet<>(ranking).size() != ranking.size() || !standing.containsAll(ranking)) {
            throw new BusinessException("The ballot names someone who is not a candidate, or someone twice; reload"
                    + " the page and rank again.");
        }
        String prefs = String.join(",", ranking.stream().map(String::valueOf).toList());
        ballots.markRoll(electionId, memberId);
        ballots.upsert(UUID.randomUUID().toString(), electionId, tokens.token(electionId, memberId), prefs);
    }

    public boolean hasVoted(Long electionId) {
        return CurrentUser.memberId()
                .map(me -> ballots.countOnRoll(electionId, me) > 0)
                .orElse(false);
    }
}
