package org.qcommons.buddying;

import java.util.EnumSet;
import java.util.Set;
import org.qcommons.base.BusinessException;

/**
 * The lifecycle of a pair: proposed, then accepted by the buddy (active), with check-ins, possibly paused, then
 * closed. A declined proposal ends the pair and returns the newcomer's request to the queue.
 */
public enum PairStatus {
    PROPOSED("Proposed"),
    ACTIVE("Active"),
    PAUSED("Paused"),
    DECLINED("Declined"),
    CLOSED("Closed");

    private final String label;

    PairStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Statuses that take one of the buddy's places: a proposal reserves a place until it is answered. */
    public static final Set<PairStatus> HOLDS_A_PLACE = EnumSet.of(PROPOSED, ACTIVE, PAUSED);

    public boolean holdsAPlace() {
        return HOLDS_A_PLACE.contains(this);
    }

    public boolean canMoveTo(PairStatus next) {
        return switch (this) {
            case PROPOSED -> next == ACTIVE || next == DECLINED;
            case ACTIVE -> next == PAUSED || next == CLOSED;
            case PAUSED -> next == ACTIVE || next == CLOSED;
            case DECLINED, CLOSED -> false;
        };
    }

    /** Refuses an illegal step with a message that says why, in the user's terms. */
    public void requireCanMoveTo(PairStatus next) {
        if (canMoveTo(next)) {
            return;
        }
        String why = switch (next) {
            case ACTIVE ->
                this == PROPOSED || this == PAUSED
                        ? ""
                        : "Only a proposed pair can be accepted, or a paused pair resumed";
            case DECLINED -> "Only a proposal that has not been answered yet can be declined";
            case PAUSED -> "Only an active pair can be paused";
            case CLOSED -> "Only an active or paused pair can be closed";
            case PROPOSED -> "A pair cannot go back to proposed";
        };
        throw new BusinessException(why + "; this pair is " + label.toLowerCase() + ".");
    }
}
