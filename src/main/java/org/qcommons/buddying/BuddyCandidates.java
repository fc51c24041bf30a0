package org.qcommons.buddying;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qcommons.people.Member;
import org.qcommons.skills.Skill;
import org.springframework.stereotype.Component;

/** Turns offers and requests into the plain facts {@link BuddyScorer} and {@link CohortMatcher} work on. */
@Component
class BuddyCandidates {

    private final BuddyOfferRepository offers;
    private final BuddyPairRepository pairs;
    private final MemberTopics topics;

    BuddyCandidates(BuddyOfferRepository offers, BuddyPairRepository pairs, MemberTopics topics) {
        this.offers = offers;
        this.pairs = pairs;
        this.topics = topics;
    }

    /** Every active offer with its current load, in a stable order so that cohort matching is repeatable. */
    List<BuddyCandidate> active() {
        Map<Long, Long> load = loads();
        return offers.findActive().stream()
                .map(o -> candidate(o, load.getOrDefault(o.getMember().getId(), 0L)))
                .sorted(Comparator.comparing(BuddyCandidate::memberId))
                .toList();
    }

    BuddyCandidate candidate(BuddyOffer o, long load) {
        Member m = o.getMember();
        return new BuddyCandidate(
                m.getId(),
                m.getFullName(),
                m.getStp() == null ? null : m.getStp().getId(),
                m.getRegion() == null ? null : m.getRegion().getId(),
                m.getRegion() == null ? null : m.getRegion().getName(),
                m.getProfession(),
                o.getSkills().stream().map(Skill::getName).collect(Collectors.toSet()),
                o.getModes(),
                o.getCapacity(),
                (int) load,
                topics.topicsOf(m.getId()));
    }

    Seeker seeker(BuddyRequest r) {
        Member m = r.getMember();
        return new Seeker(
                m.getId(),
                m.getStp() == null ? null : m.getStp().getId(),
                m.getRegion() == null ? null : m.getRegion().getId(),
                m.getProfession(),
                r.getSkills().stream().map(Skill::getName).collect(Collectors.toSet()),
                r.isSameProfession(),
                r.isSameStp(),
                r.getPreferredMode(),
                topics.topicsOf(m.getId()));
    }

    /** Places held per buddy (proposed, active or paused pairs). */
    Map<Long, Long> loads() {
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : pairs.countByBuddy(PairStatus.HOLDS_A_PLACE)) {
            load.put((Long) row[0], (Long) row[1]);
        }
        return load;
    }

    Set<Long> declinedBuddies(Long requestId) {
        return new HashSet<>(pairs.findDeclinedBuddies(requestId));
    }

    /** Request id to the buddies who declined it. */
    Map<Long, Set<Long>> declinedByRequest() {
        Map<Long, Set<Long>> declined = new HashMap<>();
        for (Object[] row : pairs.findDeclinedPairs()) {
            declined.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        return declined;
    }
}
