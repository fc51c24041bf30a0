package org.qcommons.buddying;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CohortMatcherTest {

    private static final AtomicInteger SEED = new AtomicInteger(1);

    @Test
    void prefersTheAssignmentWithTheLargestTotalNotTheGreedyOne() {
        // Greedy would give request 0 its best buddy (10) and leave request 1 with nothing: total 10.
        int[][] weight = {
            {10, 9},
            {8, CohortMatcher.NOT_ALLOWED}
        };
        int[] result = CohortMatcher.assign(weight, new int[] {1, 1});
        assertThat(result).containsExactly(1, 0);
        assertThat(CohortMatcher.total(weight, result)).isEqualTo(17);
    }

    @Test
    void aBuddyWithTwoPlacesTakesTwoButNeverThree() {
        int[][] weight = {{5}, {6}, {7}};
        int[] result = CohortMatcher.assign(weight, new int[] {2});
        assertThat(result).containsExactly(-1, 0, 0);
    }

    @Test
    void nobodyIsAssignedToABuddyWithNoPlaceOrANotAllowedPair() {
        int[][] weight = {{5, CohortMatcher.NOT_ALLOWED}, {5, 3}};
        assertThat(CohortMatcher.assign(weight, new int[] {0, 1})).containsExactly(-1, 1);
    }

    @Test
    void emptyInputsGiveAnEmptyAssignment() {
        assertThat(CohortMatcher.assign(new int[0][0], new int[0])).isEmpty();
        assertThat(CohortMatcher.assign(new int[][] {{}, {}}, new int[0])).containsExactly(-1, -1);
    }

    @RepeatedTest(300)
    void equalsTheBruteForceOptimumOnSmallRandomCases() {
        Random random = new Random(SEED.getAndIncrement() * 7919L);
        int requests = random.nextInt(7);
        int buddies = 1 + random.nextInt(4);
        int[][] weight = new int[requests][buddies];
        for (int r = 0; r < requests; r++) {
            for (int b = 0; b < buddies; b++) {
                weight[r][b] = random.nextInt(5) == 0 ? CohortMatcher.NOT_ALLOWED : 1 + random.nextInt(40);
            }
        }
        int[] capacities = new int[buddies];
        for (int b = 0; b < buddies; b++) {
            capacities[b] = random.nextInt(3);
        }

        int[] result = CohortMatcher.assign(weight, capacities);

        assertWithinCapacityAndAllowed(weight, capacities, result);
        assertThat(CohortMatcher.total(weight, result)).isEqualTo(bruteForce(weight, capacities.clone(), 0));
    }

    private static void assertWithinCapacityAndAllowed(int[][] weight, int[] capacities, int[] result) {
        int[] used = new int[capacities.length];
        for (int r = 0; r < result.length; r++) {
            if (result[r] >= 0) {
                used[result[r]]++;
                assertThat(weight[r][result[r]]).isNotEqualTo(CohortMatcher.NOT_ALLOWED);
            }
        }
        for (int b = 0; b < capacities.length; b++) {
            assertThat(used[b]).isLessThanOrEqualTo(capacities[b]);
        }
    }

    /** Tries every way to give each request one buddy or none. */
    private static long bruteForce(int[][] weight, int[] spare, int r) {
        if (r == weight.length) {
            return 0;
        }
        long best = bruteForce(weight, spare, r + 1);
        for (int b = 0; b < spare.length; b++) {
            if (spare[b] > 0 && weight[r][b] != CohortMatcher.NOT_ALLOWED) {
                spare[b]--;
                best = Math.max(best, weight[r][b] + bruteForce(weight, spare, r + 1));
                spare[b]++;
            }
        }
        return best;
    }
}
