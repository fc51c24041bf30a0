package org.qcommons.buddying;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Scores how well a buddy fits a request. Pure and deterministic: integers only, so the cohort match can be
 * checked against a brute-force optimum. The weights are explained in decision record 031.
 */
public final class BuddyScorer {

    static final int PER_SKILL = 10;
    static final int PER_TOPIC = 6;
    static final int SAME_STP = 8;
    static final int SAME_STP_ASKED_FOR = 6;
    static final int SAME_REGION = 4;
    static final int SAME_PROFESSION_ASKED_FOR = 8;
    static final int MODE_OFFERED = 4;
    static final int PER_SPARE_PLACE = 2;

    private BuddyScorer() {}

    /** Empty when the candidate may not be proposed at all: the seeker themself, or no place free. */
    public static Optional<Suggestion> score(Seeker seeker, BuddyCandidate candidate) {
        if (Objects.equals(seeker.memberId(), candidate.memberId()) || candidate.spare() <= 0) {
            return Optional.empty();
        }
        List<Suggestion.Reason> reasons = new ArrayList<>(fitReasons(seeker, candidate));
        int spare = candidate.spare();
        reasons.add(new Suggestion.Reason(
                "Spare capacity: " + spare + " of " + candidate.capacity() + " places free", spare * PER_SPARE_PLACE));
        int total = reasons.stream().mapToInt(Suggestion.Reason::points).sum();
        return Optional.of(new Suggestion(candidate, total, List.copyOf(reasons)));
    }

    /**
     * The fit between the two people, leaving out spare capacity. The cohort match uses this, because there
     * capacity is a hard limit of the assignment rather than a preference.
     */
    public static int fit(Seeker seeker, BuddyCandidate candidate) {
        return fitReasons(seeker, candidate).stream()
                .mapToInt(Suggestion.Reason::points)
                .sum();
    }

    public static List<Suggestion> rank(Seeker seeker, Collection<BuddyCandidate> candidates) {
        return candidates.stream()
                .map(c -> score(seeker, c))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Suggestion::score)
                        .reversed()
                        .thenComparing(s -> s.candidate().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.candidate().memberId()))
                .toList();
    }

    private static List<Suggestion.Reason> fitReasons(Seeker seeker, BuddyCandidate candidate) {
        List<Suggestion.Reason> reasons = new ArrayList<>();
        TreeSet<String> skills = new TreeSet<>(seeker.skills());
        skills.retainAll(candidate.skills());
        reasons.add(new Suggestion.Reason(
                skills.isEmpty() ? "Skills overlap: none" : "Skills overlap: " + String.join(", ", skills),
                skills.size() * PER_SKILL));

        TreeSet<String> topics = new TreeSet<>(seeker.topics());
        topics.retainAll(candidate.topics());
        reasons.add(new Suggestion.Reason(
                topics.isEmpty() ? "Shared project topics: 0" : "Shared project topics: " + String.join(", ", topics),
                topics.size() * PER_TOPIC));

        boolean sameStp = seeker.stpId() != null && seeker.stpId().equals(candidate.stpId());
        boolean sameRegion = seeker.regionId() != null && seeker.regionId().equals(candidate.regionId());
        if (sameStp) {
            reasons.add(new Suggestion.Reason(
                    seeker.sameStp() ? "Same STP, as asked for" : "Same STP",
                    SAME_STP + (seeker.sameStp() ? SAME_STP_ASKED_FOR : 0)));
        } else if (sameRegion) {
            reasons.add(
                    new Suggestion.Reason("Same region" + (seeker.sameStp() ? " (a different STP)" : ""), SAME_REGION));
        } else if (seeker.sameStp()) {
            reasons.add(new Suggestion.Reason("Not in your STP or region", 0));
        }

        if (seeker.sameProfession()) {
            boolean same = seeker.profession() != null && seeker.profession().equalsIgnoreCase(candidate.profession());
            reasons.add(
                    same
                            ? new Suggestion.Reason("Same profession, as asked for", SAME_PROFESSION_ASKED_FOR)
                            : new Suggestion.Reason("A different profession", 0));
        }

        if (seeker.mode() != null) {
            reasons.add(
                    candidate.modes().contains(seeker.mode())
                            ? new Suggestion.Reason("Can meet " + seeker.mode().phrase(), MODE_OFFERED)
                            : new Suggestion.Reason(
                                    "Does not offer to meet " + seeker.mode().phrase(), 0));
        }
        return reasons;
    }
}
