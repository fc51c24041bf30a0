package org.qcommons.meetings;

/**
 * Where the current user stands in one group. Each rank holds the rights of the ranks before it, so one value
 * answers every "may they?" a view or a service asks about the group.
 */
public enum GroupRole {
    /** Not signed in. */
    VISITOR,
    /** Signed in, without a seat in this group. */
    SIGNED_IN,
    /** Holds a seat: drafts minutes, actions and decisions, and takes part in the discussion. */
    SEAT_HOLDER,
    /** Holds the administrator seat: also runs the meetings, but does not approve minutes. */
    MANAGER,
    /** Convenes the group, or administers the whole site: may also approve minutes. */
    CONVENOR;

    public boolean atLeast(GroupRole other) {
        return compareTo(other) >= 0;
    }
}
