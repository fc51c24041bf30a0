package org.qcommons.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.qcommons.skills.SkillLevel;

/**
 * Ranks candidates for a request. Pure: no Spring, no database, so each part of the score is unit tested and shown
 * to the coordinator exactly as computed. Each part is worth up to its weight in points; the total is out of 100.
 */
public final class MatchScorer {

    public static final int SKILL_WEIGHT = 40;
    public static final int AVAILABILITY_WEIGHT = 20;
    public static final int PROXIMITY_WEIGHT = 20;
    public static final int FAIRNESS_WEIGHT = 20;

    /** What the request needs. */
    public record RequestFacts(
            Map<Long, SkillLevel> minLevels,
            int daysNeeded,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean remote,
            Long stpId,
            Long regionId) {}

    /** What the SQL pre-filter found about one candidate. */
    public record CandidateFacts(
            Long memberId,
            String fullName,
            Long organisationId,
            String organisationName,
            Long stpId,
            Long regionId,
            int availabilityDaysPerQuarter,
            boolean worksRemotely,
            boolean canTravel,
            Map<Long, SkillLevel> offeredLevels,
            int memberDaysGivenRecently,
            int organisationDaysGivenRecently) {}

    public enum Proximity {
        SAME_STP("Same STP"),
        SAME_REGION("Same region"),
        ELSEWHERE("Elsewhere"),
        REMOTE("Remote work");

        private final String label;

        Proximity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Each part in points, so the coordinator sees why one candidate ranks above another. */
    public record Score(
            CandidateFacts candidate,
            double skillFit,
            double availability,
            double proximity,
            double fairness,
            Proximity where) {
        public double total() {
            return skillFit + availability + proximity + fairness;
        }
    }

    private MatchScorer() {}

    public static List<Score> rank(RequestFacts request, List<CandidateFacts> candidates, int limit) {
        return candidates.stream()
                .map(c -> score(request, c))
                .sorted(Comparator.comparingDouble(Score::total)
                        .reversed()
                        .thenComparing(s -> s.candidate().fullName())
                        .thenComparing(s -> s.candidate().memberId()))
                .limit(limit)
                .toList();
    }

    public static Score score(RequestFacts request, CandidateFacts c) {
        Proximity where = proximity(request, c);
        return new Score(
                c,
                round(SKILL_WEIGHT * skillFit(request.minLevels(), c.offeredLevels())),
                round(AVAILABILITY_WEIGHT * availability(request, c.availabilityDaysPerQuarter())),
                round(PROXIMITY_WEIGHT * proximityFactor(where)),
                round(FAIRNESS_WEIGHT * fairness(c.memberDaysGivenRecently(), c.organisationDaysGivenRecently())),
                where);
    }

    /** Average over the needed skills: full marks at or above the minimum, partial one level below, none otherwise. */
    static double skillFit(Map<Long, SkillLevel> needed, Map<Long, SkillLevel> offered) {
        if (needed.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (Map.Entry<Long, SkillLevel> need : needed.entrySet()) {
            SkillLevel has = offered.get(need.getKey());
            if (has == null) {
                continue;
            }
            int gap = need.getValue().ordinal() - has.ordinal();
            sum += gap <= 0 ? 1.0 : gap == 1 ? 0.4 : 0.0;
        }
        return sum / needed.size();
    }

    /** Capacity over the window (days per quarter times the quarters it spans) against the days needed. */
    static double availability(RequestFacts request, int daysPerQuarter) {
        long windowDays = ChronoUnit.DAYS.between(request.startsOn(), request.endsOn()) + 1;
        double quarters = Math.max(1.0, windowDays / 91.0);
        double capacity = daysPerQuarter * quarters;
        return request.daysNeeded() <= 0 ? 1.0 : Math.min(1.0, capacity / request.daysNeeded());
    }

    static Proximity proximity(RequestFacts request, CandidateFacts c) {
        if (request.remote()) {
            return Proximity.REMOTE;
        }
        if (c.stpId() != null && c.stpId().equals(request.stpId())) {
            return Proximity.SAME_STP;
        }
        if (c.regionId() != null && c.regionId().equals(request.regionId())) {
            return Proximity.SAME_REGION;
        }
        return Proximity.ELSEWHERE;
    }

    static double proximityFactor(Proximity p) {
        return switch (p) {
            case REMOTE, SAME_STP -> 1.0;
            case SAME_REGION -> 0.6;
            case ELSEWHERE -> 0.2;
        };
    }

    /** Those who have given fewer days in the last year rank higher: half for the person, half for the organisation. */
    static double fairness(int memberDays, int organisationDays) {
        return 0.5 / (1.0 + Math.max(0, memberDays) / 5.0) + 0.5 / (1.0 + Math.max(0, organisationDays) / 20.0);
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
