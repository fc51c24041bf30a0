package org.qcommons.meetings;

/**
 * The current user as one meeting sees them: their standing in the group and the stage the meeting is at.
 * Computed once by {@link MeetingService#viewer}; {@link #manage()} and {@link #edit()} are false once the
 * minutes are published, which freezes the record.
 *
 * @param reviewOpen whether the draft minutes' review window is still open today
 */
public record MeetingViewer(GroupViewer group, MeetingStatus status, boolean reviewOpen) {

    /** Agendas, once published, are readable by whoever can see the group. */
    public boolean seeAgenda() {
        return group.canSee() && (status.atLeast(MeetingStatus.AGENDA_PUBLISHED) || group.seatHolder());
    }

    /** Minutes, decisions, actions and attendance: published ones for readers, drafts for seat holders only. */
    public boolean seeMinutes() {
        return group.canSee() && (published() || group.seatHolder());
    }

    public boolean manage() {
        return group.canManage() && !frozen();
    }

    public boolean edit() {
        return group.seatHolder() && !frozen();
    }

    public boolean approve() {
        return group.canApprove();
    }

    public boolean seatHolder() {
        return group.seatHolder();
    }

    /** Seat holders propose amendments while the draft is out for review. */
    public boolean comment() {
        return group.seatHolder() && status == MeetingStatus.MINUTES_DRAFTED && reviewOpen;
    }

    /** Group management outlives the meeting's freeze: the history of a published meeting stays open to managers. */
    public boolean manageGroup() {
        return group.canManage();
    }

    /** Approved minutes are the record, whether or not they are published yet. */
    private boolean frozen() {
        return status.atLeast(MeetingStatus.MINUTES_APPROVED);
    }

    private boolean published() {
        return status == MeetingStatus.MINUTES_PUBLISHED;
    }
}
