package org.qcommons.buddying;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;

class PairStatusTest {

    @Test
    void onlyTheLifecycleStepsAreAllowed() {
        assertAllowed(PairStatus.PROPOSED, EnumSet.of(PairStatus.ACTIVE, PairStatus.DECLINED));
        assertAllowed(PairStatus.ACTIVE, EnumSet.of(PairStatus.PAUSED, PairStatus.CLOSED));
        assertAllowed(PairStatus.PAUSED, EnumSet.of(PairStatus.ACTIVE, PairStatus.CLOSED));
        assertAllowed(PairStatus.DECLINED, EnumSet.noneOf(PairStatus.class));
        assertAllowed(PairStatus.CLOSED, EnumSet.noneOf(PairStatus.class));
    }

    @Test
    void anIllegalStepIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> PairStatus.CLOSED.requireCanMoveTo(PairStatus.PAUSED))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Only an active pair can be paused; this pair is closed.");
        assertThatThrownBy(() -> PairStatus.PROPOSED.requireCanMoveTo(PairStatus.CLOSED))
                .hasMessage("Only an active or paused pair can be closed; this pair is proposed.");
        assertThatThrownBy(() -> PairStatus.ACTIVE.requireCanMoveTo(PairStatus.DECLINED))
                .hasMessage("Only a proposal that has not been answered yet can be declined; this pair is active.");
    }

    @Test
    void proposedActiveAndPausedPairsHoldAPlace() {
        assertThat(PairStatus.HOLDS_A_PLACE)
                .containsExactlyInAnyOrder(PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED);
    }

    private static void assertAllowed(PairStatus from, Set<PairStatus> allowed) {
        for (PairStatus to : PairStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
        }
    }
}
