package org.qcommons.meetings;

/** What the current user may do in one group; views use it to show or hide controls. */
public record GroupPermissions(boolean canSee, boolean seatHolder, boolean canManage, boolean canApprove,
                               boolean signedIn) {
}
