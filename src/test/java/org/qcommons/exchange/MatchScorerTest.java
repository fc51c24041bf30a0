package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qcommons.skills.SkillLevel;

class MatchScorerTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final long LEAN = 1L;
    static final long SPC = 2L;

    static MatchScorer.RequestFacts request(boolean remote) {
        return new MatchScorer.RequestFacts(
                Map.of(LEAN, SkillLevel.EXPERIENCED, SPC, SkillLevel.PRACTITIONER),
                4,
                START,
                START.plusDays(90),
                remote,
                10L,
                100L);
    }

    static MatchScorer.CandidateFacts candidate(
            String name, Long stp, Long region, int days, Map<Long, SkillLevel> skills, int memberGiven, int orgGiven) {
        return new MatchScorer.CandidateFacts(
                (long) name.hashCode(), name, 5L, "Org", stp, region, days, true, true, skills, memberGiven, orgGiven);
    }

    @Test
    void skillFitIsFullAtOrAboveTheMinimumPartialOneLevelBelowAndNothingFurther() {
        var needed = Map.of(LEAN, SkillLevel.EXPERIENCED);
        assertThat(MatchScorer.skillFit(needed, Map.of(LEAN, SkillLevel.CAN_TEACH)))
                .isEqualTo(1.0);
        assertThat(MatchScorer.skillFit(needed, Map.of(LEAN, SkillLevel.EXPERIENCED)))
                .isEqualTo(1.0);
        assertThat(MatchScorer.skillFit(needed, Map.of(LEAN, SkillLevel.PRACTITIONER)))
                .isEqualTo(0.4);
        assertThat(MatchScorer.skillFit(needed, Map.of(LEAN, SkillLevel.LEARNING)))
                .isZero();
        assertThat(MatchScorer.skillFit(needed, Map.of())).isZero();
        // Averaged over the skills needed: one of two met.
        assertThat(MatchScorer.skillFit(
                        Map.of(LEAN, SkillLevel.EXPERIENCED, SPC, SkillLevel.PRACTITIONER),
                        Map.of(SPC, SkillLevel.EXPERIENCED)))
                .isEqualTo(0.5);
    }

    @Test
    void availabilityComparesCapacityOverTheWindowWithTheDaysNeeded() {
        var oneQuarter = request(false);
        assertThat(MatchScorer.availability(oneQuarter, 4)).isEqualTo(1.0);
        assertThat(MatchScorer.availability(oneQuarter, 2)).isEqualTo(0.5);
        assertThat(MatchScorer.availability(oneQuarter, 0)).isZero();
        var twoQuarters = new MatchScorer.RequestFacts(Map.of(), 4, START, START.plusDays(181), false, 10L, 100L);
        assertThat(MatchScorer.availability(twoQuarters, 2)).isEqualTo(1.0);
    }

    @Test
    void proximityPrefersSameStpThenSameRegionUnlessRemote() {
        var onSite = request(false);
        var sameStp = candidate("A", 10L, 100L, 4, Map.of(), 0, 0);
        var sameRegion = candidate("B", 11L, 100L, 4, Map.of(), 0, 0);
        var elsewhere = candidate("C", 20L, 200L, 4, Map.of(), 0, 0);
        assertThat(MatchScorer.score(onSite, sameStp).proximity()).isEqualTo(20.0);
        assertThat(MatchScorer.score(onSite, sameRegion).proximity()).isEqualTo(12.0);
        assertThat(MatchScorer.score(onSite, elsewhere).proximity()).isEqualTo(4.0);
        assertThat(MatchScorer.score(request(true), elsewhere).proximity()).isEqualTo(20.0);
        assertThat(MatchScorer.score(request(true), elsewhere).where()).isEqualTo(MatchScorer.Proximity.REMOTE);
    }

    @Test
    void fewerDaysGivenRecentlyRanksHigher() {
        assertThat(MatchScorer.fairness(0, 0)).isEqualTo(1.0);
        assertThat(MatchScorer.fairness(5, 0)).isLessThan(MatchScorer.fairness(0, 0));
        assertThat(MatchScorer.fairness(0, 40)).isLessThan(MatchScorer.fairness(0, 10));
        var skills = Map.of(LEAN, SkillLevel.EXPERIENCED, SPC, SkillLevel.PRACTITIONER);
        var rested = candidate("Rested", 10L, 100L, 4, skills, 0, 0);
        var busy = candidate("Busy", 10L, 100L, 4, skills, 10, 60);
        assertThat(MatchScorer.rank(request(false), List.of(busy, rested), 10))
                .extracting(s -> s.candidate().fullName())
                .containsExactly("Rested", "Busy");
    }

    @Test
    void theTotalIsTheSumOfItsPartsAndRankingIsStableOnTies() {
        var skills = Map.of(LEAN, SkillLevel.EXPERIENCED);
        var a = candidate("Ann", 11L, 100L, 2, skills, 1, 3);
        var b = candidate("Bea", 11L, 100L, 2, skills, 1, 3);
        var ranked = MatchScorer.rank(request(false), List.of(b, a), 1);
        assertThat(ranked).hasSize(1);
        assertThat(ranked.getFirst().candidate().fullName()).isEqualTo("Ann");
        var s = ranked.getFirst();
        assertThat(s.total()).isEqualTo(s.skillFit() + s.availability() + s.proximity() + s.fairness());
        assertThat(s.skillFit()).isEqualTo(20.0);
        assertThat(s.availability()).isEqualTo(10.0);
    }
}
