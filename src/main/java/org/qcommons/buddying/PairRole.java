package org.qcommons.buddying;

/** How the current person stands to one pair, computed by {@link BuddyPairService#roleIn}. */
public enum PairRole {
    BUDDY,
    NEWCOMER,
    /** An ADMIN or convenor looking on: sees that check-ins happen, never their notes, and takes no step. */
    OBSERVER;

    public boolean inPair() {
        return this != OBSERVER;
    }
}
