package org.qcommons.exchange;

import java.util.Set;

/**
 * Where the current person stands on one exchange: the sides they are on and the steps open to them now. Computed
 * once by {@link ExchangeService#viewerOf}, so views never piece it together from several checks.
 */
public record ExchangeViewer(Set<Party> parties, Set<ExchangeAction> nextSteps) {

    public ExchangeViewer {
        parties = Set.copyOf(parties);
        nextSteps = Set.copyOf(nextSteps);
    }

    public boolean may(ExchangeAction action) {
        return nextSteps.contains(action);
    }

    /** A step other than cancelling waits on this person. */
    public boolean yourTurn() {
        return nextSteps.stream().anyMatch(a -> a != ExchangeAction.CANCEL);
    }
}
