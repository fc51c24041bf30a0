package org.qcommons.buddying;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queue, the buddies' loads, pairs by region and the feedback, for ADMINs and convenors. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(BuddyRules.COORDINATORS)
public class BuddyOverviewService {

    private final BuddyOfferRepository offers;
    private final BuddyRequestRepository requests;
    private final BuddyPairRepository pairs;
    private final BuddyFeedbackRepository feedback;
    private final BuddyCandidates candidates;

    BuddyOverviewService(
            BuddyOfferRepository offers,
            BuddyRequestRepository requests,
            BuddyPairRepository pairs,
            BuddyFeedbackRepository feedback,
            BuddyCandidates candidates) {
        this.offers = offers;
        this.requests = requests;
        this.pairs = pairs;
        this.feedback = feedback;
        this.candidates = candidates;
    }

    public Page<BuddyRequest> waitingRequests(Pageable pageable) {
        Pageable oldestFirst = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("createdAt", "id"));
        return requests.findWaiting(oldestFirst);
    }

    public long countWaiting() {
        return requests.countByStatus(RequestStatus.WAITING);
    }

    public Map<String, Long> activePairsByRegion() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : pairs.countActiveByRegion()) {
            result.put(row[0] == null ? "No region recorded" : (String) row[0], (Long) row[1]);
        }
        return result;
    }

    public List<BuddyLoad> buddyLoads() {
        Map<Long, Long> load = candidates.loads();
        return offers.findAllWithMembers().stream()
                .map(o -> new BuddyLoad(
                        o.getMember().getId(),
                        o.getMember().getFullName(),
                        o.getMember().getRegion() == null
                                ? ""
                                : o.getMember().getRegion().getName(),
                        o.getCapacity(),
                        load.getOrDefault(o.getMember().getId(), 0L),
                        o.isActive()))
                .sorted(Comparator.comparingLong(BuddyLoad::load).reversed().thenComparing(BuddyLoad::name))
                .toList();
    }

    public FeedbackSummary feedbackSummary() {
        long[] byRating = new long[5];
        long count = 0;
        long sum = 0;
        for (Object[] row : feedback.countByRating()) {
            int rating = (Integer) row[0];
            long n = (Long) row[1];
            if (rating >= 1 && rating <= 5) {
                byRating[rating - 1] = n;
                count += n;
                sum += rating * n;
            }
        }
        List<FeedbackSummary.Comment> comments = feedback.findRecentWithComments(PageRequest.of(0, 10)).stream()
                .map(f -> new FeedbackSummary.Comment(f.getRating(), f.getComment(), f.getCreatedAt()))
                .toList();
        return new FeedbackSummary(count, count == 0 ? 0 : (double) sum / count, byRating, comments);
    }
}
