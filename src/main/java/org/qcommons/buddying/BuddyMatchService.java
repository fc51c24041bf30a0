package org.qcommons.buddying;

import static org.qcommons.buddying.BuddyRules.COORDINATORS;
import static org.qcommons.buddying.BuddyRules.abbreviate;
import static org.qcommons.buddying.BuddyRules.isCoordinator;
import static org.qcommons.buddying.BuddyRules.isSelf;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding buddies: ranked suggestions for one request, a proposal to one buddy, and a whole cohort matched at once
 * for coordinators to review and send.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BuddyMatchService {

    private final BuddyOfferRepository offers;
    private final BuddyRequestRepository requests;
    private final BuddyPairRepository pairs;
    private final BuddyCandidates candidates;
    private final BuddyService buddying;
    private final NotificationService notifications;
    private final Clock clock;

    BuddyMatchService(
            BuddyOfferRepository offers,
            BuddyRequestRepository requests,
            BuddyPairRepository pairs,
            BuddyCandidates candidates,
            BuddyService buddying,
            NotificationService notifications,
            Clock clock) {
        this.offers = offers;
        this.requests = requests;
        this.pairs = pairs;
        this.candidates = candidates;
        this.buddying = buddying;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Ranked buddies for a waiting request, each with its reasons. Buddies without a free place never appear. */
    public List<Suggestion> suggestionsFor(Long requestId) {
        BuddyRequest r =
                buddying.request(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        Set<Long> declined = candidates.declinedBuddies(r.getId());
        List<BuddyCandidate> open = candidates.active().stream()
                .filter(c -> !declined.contains(c.memberId()))
                .toList();
        return BuddyScorer.rank(candidates.seeker(r), open);
    }

    @Transactional
    public BuddyPair propose(Long requestId, Long buddyMemberId) {
        BuddyRequest r = requests.findWithMember(requestId)
                .orElseThrow(() -> new BusinessException("This request no longer exists."));
        boolean self = isSelf(r.getMember().getId());
        if (!self && !isCoordinator()) {
            throw new AccessDeniedException("Only the member asking, an ADMIN or a convenor can propose a buddy");
        }
        BuddyPair pair = proposeChecked(r, buddyMemberId);
        if (!self) {
            tellNewcomer(r, pair);
        }
        return pair;
    }

    /** Proposes pairs for every waiting request at once; nothing is saved, so the result can be reviewed. */
    @PreAuthorize(COORDINATORS)
    public CohortMatch cohortMatch() {
        List<BuddyRequest> waiting = requests.findAllWaiting();
        List<BuddyCandidate> buddies = candidates.active();
        int[][] weight = new int[waiting.size()][buddies.size()];
        Map<Long, Set<Long>> declined = candidates.declinedByRequest();
        List<Seeker> seekers = waiting.stream().map(candidates::seeker).toList();
        for (int i = 0; i < waiting.size(); i++) {
            Set<Long> no = declined.getOrDefault(waiting.get(i).getId(), Set.of());
            for (int b = 0; b < buddies.size(); b++) {
                BuddyCandidate c = buddies.get(b);
                boolean allowed = !c.memberId().equals(seekers.get(i).memberId()) && !no.contains(c.memberId());
                // +1 so that a pairing with no particular fit still beats leaving someone in the queue
                weight[i][b] = allowed ? BuddyScorer.fit(seekers.get(i), c) + 1 : CohortMatcher.NOT_ALLOWED;
            }
        }
        int[] capacities = buddies.stream().mapToInt(BuddyCandidate::spare).toArray();
        int[] assignment = CohortMatcher.assign(weight, capacities);
        Instant now = clock.instant();
        List<ProposedPair> proposed = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            BuddyRequest r = waiting.get(i);
            Member m = r.getMember();
            if (assignment[i] < 0) {
                unmatched.add(m.getFullName());
                continue;
            }
            BuddyCandidate c = buddies.get(assignment[i]);
            Suggestion s = BuddyScorer.score(seekers.get(i), c).orElseThrow();
            proposed.add(new ProposedPair(
                    r.getId(),
                    m.getId(),
                    m.getFullName(),
                    m.getRegion() == null ? "" : m.getRegion().getName(),
                    r.daysWaiting(now),
                    c.memberId(),
                    c.name(),
                    s.score(),
                    s.reasonsText()));
        }
        return new CohortMatch(proposed, unmatched, CohortMatcher.total(weight, assignment));
    }

    /** Sends the pairs the reviewer kept. Any that are no longer possible are skipped with the reason. */
    @Transactional
    @PreAuthorize(COORDINATORS)
    public SendResult sendProposals(Collection<ProposedPair> reviewed) {
        int sent = 0;
        List<String> skipped = new ArrayList<>();
        for (ProposedPair p : reviewed) {
            try {
                BuddyRequest r = requests.findWithMember(p.requestId())
                        .orElseThrow(() -> new BusinessException("the request no longer exists"));
                tellNewcomer(r, proposeChecked(r, p.buddyId()));
                sent++;
            } catch (BusinessException e) {
                skipped.add(p.newcomerName() + " with " + p.buddyName() + ": " + e.getMessage());
            }
        }
        return new SendResult(sent, skipped);
    }

    private BuddyPair proposeChecked(BuddyRequest r, Long buddyMemberId) {
        if (r.getStatus() != RequestStatus.WAITING) {
            throw new BusinessException("This request is no longer waiting for a buddy (status: "
                    + r.getStatus().label().toLowerCase() + ").");
        }
        BuddyOffer offer = offers.lockByMemberId(buddyMemberId)
                .filter(BuddyOffer::isActive)
                .orElseThrow(() -> new BusinessException("That member is not offering to be a buddy at the moment."));
        if (candidates.declinedBuddies(r.getId()).contains(buddyMemberId)) {
            throw new BusinessException(offer.getMember().getFullName() + " has already declined this request.");
        }
        long load = pairs.countForBuddy(buddyMemberId, PairStatus.HOLDS_A_PLACE);
        Suggestion s = BuddyScorer.score(candidates.seeker(r), candidates.candidate(offer, load))
                .orElseThrow(() -> new BusinessException(
                        r.getMember().getId().equals(buddyMemberId)
                                ? "You cannot be your own buddy."
                                : offer.getMember().getFullName() + " has no free place as a buddy just now."));
        BuddyPair pair = pairs.save(new BuddyPair(r, offer.getMember(), s.score(), s.reasonsText(), clock.instant()));
        r.setStatus(RequestStatus.PROPOSED);
        notifications.notify(
                offer.getMember(),
                "Would you be a buddy to " + r.getMember().getFullName() + "?",
                r.getMember().getFullName() + " would like help with: " + abbreviate(r.getGoals(), 300)
                        + " Please accept or decline.",
                "buddying/pair/" + pair.getId(),
                r.getMember());
        return pair;
    }

    private void tellNewcomer(BuddyRequest r, BuddyPair pair) {
        notifications.notify(
                r.getMember(),
                "A buddy has been proposed for you",
                pair.getBuddy().getFullName() + " has been asked to be your buddy. We will tell you when they answer.",
                "buddying/pair/" + pair.getId(),
                pair.getBuddy());
    }
}
