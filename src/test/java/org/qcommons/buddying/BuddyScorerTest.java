package org.qcommons.buddying;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuddyScorerTest {

    /** A stand-in for the project register: who has run projects on which topics. */
    private static final MemberTopics TOPICS = id -> Map.of(
                    1L, Set.of("Sepsis", "Falls"),
                    10L, Set.of("Sepsis", "Falls", "Frailty"),
                    11L, Set.of("Diabetes"))
            .getOrDefault(id, Set.of());

    private static Seeker seeker(boolean sameStp, boolean sameProfession, BuddyMode mode) {
        return new Seeker(
                1L,
                100L,
                1000L,
                "Nurse",
                Set.of("PDSA cycles", "Lean", "Data analysis"),
                sameProfession,
                sameStp,
                mode,
                TOPICS.topicsOf(1L));
    }

    private static BuddyCandidate candidate(
            long id, Long stp, Long region, String profession, Set<String> skills, int capacity, int load) {
        return new BuddyCandidate(
                id,
                "Buddy " + id,
                stp,
                region,
                "Region " + region,
                profession,
                skills,
                Set.of(BuddyMode.VIDEO),
                capacity,
                load,
                TOPICS.topicsOf(id));
    }

    @Test
    void explainsEveryPartOfTheScore() {
        BuddyCandidate c = candidate(10L, 100L, 1000L, "Nurse", Set.of("PDSA cycles", "Lean", "Coaching"), 2, 0);
        Suggestion s = BuddyScorer.score(seeker(true, true, BuddyMode.VIDEO), c).orElseThrow();

        assertThat(s.reasons())
                .extracting(Suggestion.Reason::toString)
                .containsExactly(
                        "Skills overlap: Lean, PDSA cycles (+20)",
                        "Shared project topics: Falls, Sepsis (+12)",
                        "Same STP, as asked for (+14)",
                        "Same profession, as asked for (+8)",
                        "Can meet by video call (+4)",
                        "Spare capacity: 2 of 2 places free (+4)");
        assertThat(s.score()).isEqualTo(20 + 12 + 14 + 8 + 4 + 4);
        assertThat(BuddyScorer.fit(seeker(true, true, BuddyMode.VIDEO), c)).isEqualTo(s.score() - 4);
    }

    @Test
    void sharedTopicsShowZeroWhenThereAreNone() {
        BuddyCandidate c = candidate(11L, 200L, 2000L, "Doctor", Set.of("Coaching"), 2, 1);
        Suggestion s = BuddyScorer.score(seeker(false, false, null), c).orElseThrow();
        assertThat(s.reasonsText())
                .isEqualTo("Skills overlap: none; Shared project topics: 0; Spare capacity: 1 of 2 places free (+2)");
        assertThat(s.score()).isEqualTo(2);
    }

    @Test
    void sameStpBeatsSameRegionWhichBeatsElsewhere() {
        Set<String> same = Set.of("Lean");
        List<Suggestion> ranked = BuddyScorer.rank(
                seeker(false, false, null),
                List.of(
                        candidate(21L, 300L, 3000L, "Manager", same, 2, 0),
                        candidate(22L, 101L, 1000L, "Manager", same, 2, 0),
                        candidate(23L, 100L, 1000L, "Manager", same, 2, 0)));
        assertThat(ranked).extracting(s -> s.candidate().memberId()).containsExactly(23L, 22L, 21L);
        assertThat(ranked.get(1).reasonsText()).contains("Same region (+4)");
    }

    @Test
    void aBuddyWithNoFreePlaceIsNeverSuggested() {
        List<Suggestion> ranked = BuddyScorer.rank(
                seeker(false, false, null),
                List.of(
                        candidate(31L, 100L, 1000L, "Nurse", Set.of("Lean"), 2, 2),
                        candidate(32L, 100L, 1000L, "Nurse", Set.of("Lean"), 1, 3),
                        candidate(33L, 300L, 3000L, "Nurse", Set.of(), 3, 2)));
        assertThat(ranked).extracting(s -> s.candidate().memberId()).containsExactly(33L);
    }

    @Test
    void theSeekerIsNeverTheirOwnBuddy() {
        assertThat(BuddyScorer.score(
                        seeker(false, false, null), candidate(1L, 100L, 1000L, "Nurse", Set.of("Lean"), 2, 0)))
                .isEmpty();
    }

    @Test
    void unmetPreferencesAreShownWithoutPoints() {
        BuddyCandidate c = candidate(40L, 300L, 3000L, "Doctor", Set.of("Lean"), 2, 0);
        Suggestion s =
                BuddyScorer.score(seeker(true, true, BuddyMode.IN_PERSON), c).orElseThrow();
        assertThat(s.reasonsText())
                .contains("Not in your STP or region", "A different profession", "Does not offer to meet in person");
        assertThat(s.score()).isEqualTo(10 + 4);
    }

    @Test
    void moreSparePlacesRankHigherWhenAllElseIsEqual() {
        List<Suggestion> ranked = BuddyScorer.rank(
                seeker(false, false, null),
                List.of(
                        candidate(51L, 100L, 1000L, "Nurse", Set.of("Lean"), 3, 2),
                        candidate(52L, 100L, 1000L, "Nurse", Set.of("Lean"), 3, 0)));
        assertThat(ranked).extracting(s -> s.candidate().memberId()).containsExactly(52L, 51L);
    }
}
