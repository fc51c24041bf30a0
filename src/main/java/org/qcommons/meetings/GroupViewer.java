package org.qcommons.meetings;

/**
 * The current user as one group sees them, computed once by {@link GroupService#viewer} and handed to the views,
 * which show or hide controls by it. The services apply the same rules (see {@link GroupAccess}).
 */
public record GroupViewer(GroupRole role, Visibility visibility) {

    /** Public groups for everyone, members' groups for anyone signed in, private groups for seat holders. */
    public boolean canSee() {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> role.atLeast(GroupRole.SIGNED_IN);
            case PRIVATE -> role.atLeast(GroupRole.SEAT_HOLDER);
        };
    }

    public boolean signedIn() {
        return role.atLeast(GroupRole.SIGNED_IN);
    }

    public boolean seatHolder() {
        return role.atLeast(GroupRole.SEAT_HOLDER);
    }

    public boolean canManage() {
        return role.atLeast(GroupRole.MANAGER);
    }

    public boolean canApprove() {
        return role.atLeast(GroupRole.CONVENOR);
    }
}
