package org.qcommons.meetings;

import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The permission rules of the meeting workspaces in one place, so services and queries agree:
 * convenors and administrator seats manage; seat holders edit draft minutes and actions; others read what the
 * group's visibility allows; anonymous visitors read only published material of public groups.
 */
@Component
class GroupAccess {

    private final SeatRepository seats;

    GroupAccess(SeatRepository seats) {
        this.seats = seats;
    }

    List<Seat> mySeats(MeetingGroup group) {
        return CurrentUser.memberId().map(id -> seats.findHeldBy(group.getId(), id)).orElse(List.of());
    }

    boolean isSeatHolder(MeetingGroup group) {
        return CurrentUser.isAdmin() || !mySeats(group).isEmpty();
    }

    boolean canManage(MeetingGroup group) {
        return CurrentUser.isAdmin() || mySeats(group).stream()
                .anyMatch(s -> s.isConvenor() || s.getRole() == SeatRole.ADMINISTRATOR);
    }

    boolean canApprove(MeetingGroup group) {
        return CurrentUser.isAdmin() || mySeats(group).stream().anyMatch(Seat::isConvenor);
    }

    boolean canSee(MeetingGroup group) {
        return switch (group.getVisibility()) {
            case PUBLIC -> true;
            case MEMBERS -> CurrentUser.isSignedIn() || CurrentUser.isAdmin();
            case PRIVATE -> isSeatHolder(group);
        };
    }

    /** Agendas, once published, are readable by whoever can see the group. */
    boolean canSeeAgenda(Meeting meeting) {
        return canSee(meeting.getGroup()) && (meeting.isAgendaPublic() || isSeatHolder(meeting.getGroup()));
    }

    /** Minutes, decisions, actions and attendance: published ones for readers, drafts for seat holders only. */
    boolean canSeeMinutes(Meeting meeting) {
        return canSee(meeting.getGroup()) && (meeting.isMinutesPublished() || isSeatHolder(meeting.getGroup()));
    }

    void requireSee(MeetingGroup group) {
        if (!canSee(group)) {
            throw new AccessDeniedException("Not visible");
        }
    }

    void requireManage(MeetingGroup group) {
        if (!canManage(group)) {
            throw new AccessDeniedException("Only the group's convenors and administrators can do that");
        }
    }

    void requireSeatHolder(MeetingGroup group) {
        if (!isSeatHolder(group)) {
            throw new AccessDeniedException("Only the group's seat holders can do that");
        }
    }
}
