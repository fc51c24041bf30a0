package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casting a ballot (decisions 093 and 132): the roll is marked and the ballot written in one transaction, so a
 * vote is neither lost nor doubled. A first ballot returns a receipt that only the voter keeps; the ballot row
 * holds the preferences and the receipt's hash, never the voter, and nothing the server keeps says which member
 * holds which receipt. Giving the receipt with a later ballot replaces the earlier one: the last one counts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class BallotService {

    private static final int ATTEMPTS = 5;

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final BallotRepository ballots;
    private final ElectionAccess access;
    private final EntityManager em;
    private final TransactionTemplate tx;

    BallotService(
            ElectionRepository elections,
            CandidateRepository candidates,
            BallotRepository ballots,
            ElectionAccess access,
            EntityManager em,
            PlatformTransactionManager transactions) {
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.access = access;
        this.em = em;
        this.tx = new TransactionTemplate(transactions);
    }

    static final String ALREADY_VOTED = "You have voted in this election already. To change your ballot, give the"
            + " receipt you were shown when you voted; without it, your ballot stands as you cast it.";

    /** Casts the current member's first ballot (candidate ids, first preference first) and returns its receipt. */
    public String cast(Long electionId, List<Long> ranking) {
        return cast(electionId, ranking, null);
    }

    /**
     * Casts the current member's ballot. Without a receipt it is their first and a new receipt is returned; with
     * the receipt of their ballot, it replaces that ballot and the same receipt is returned.
     */
    public String cast(Long electionId, List<Long> ranking, String receipt) {
        Long memberId = CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member"));
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> castOnce(electionId, memberId, ranking, receipt));
            } catch (PessimisticLockingFailureException busy) {
                // InnoDB may pick a deadlock victim among simultaneous inserts; the whole transaction rolled back.
                if (attempt == ATTEMPTS) {
                    throw new BusinessException(
                            "Many members are voting at this moment; please cast your ballot" + " again.");
                }
            } catch (DataIntegrityViolationException twice) {
                // The same member's first ballot, cast twice at the same moment: the roll's unique key let one in.
                throw new BusinessException(ALREADY_VOTED);
            }
        }
    }

    private String castOnce(Long electionId, Long memberId, List<Long> ranking, String receipt) {
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
        String prefs = preferences(electionId, ranking);
        boolean onRoll = ballots.countOnRoll(electionId, memberId) > 0;
        if (receipt == null || receipt.isBlank()) {
            if (onRoll) {
                throw new BusinessException(ALREADY_VOTED);
            }
            String fresh = BallotReceipts.fresh();
            ballots.enterRoll(electionId, memberId);
            ballots.insert(UUID.randomUUID().toString(), electionId, BallotReceipts.hash(fresh), prefs);
            return fresh;
        }
        if (!onRoll) {
            throw new BusinessException("You have not voted in this election yet, so there is no ballot to change."
                    + " Leave the receipt empty to cast your first ballot.");
        }
        String hash = BallotReceipts.hash(receipt);
        if (!BallotReceipts.wellFormed(receipt) || ballots.countByReceipt(electionId, hash) == 0) {
            throw new BusinessException("That receipt does not match a ballot in this election. Check it against the"
                    + " one you were shown when you voted; without it, your ballot stands as you cast it.");
        }
        ballots.replace(electionId, hash, prefs);
        ballots.markRecast(electionId, memberId);
        return receipt.trim();
    }

    private String preferences(Long electionId, List<Long> ranking) {
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
        return String.join(",", ranking.stream().map(String::valueOf).toList());
    }

    public boolean hasVoted(Long electionId) {
        return CurrentUser.memberId()
                .map(me -> ballots.countOnRoll(electionId, me) > 0)
                .orElse(false);
    }
}
