package org.qcommons.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The permission rules of the meeting workspaces in one place, so services and queries agree:
 * convenors and administrator seats manage; seat holders edit draft minutes and actions; others read what the
 * group's visibility allows; anonymous visitors read only published material of public groups. The rules
 * themselves live in {@link GroupViewer} and {@link MeetingViewer}; this class finds the user's standing.
 */
@Component
class GroupAccess {

    private final SeatRepository seats;
    private final Clock clock;

    GroupAccess(SeatRepository seats, Clock clock) {
        this.seats = seats;
        this.clock = clock;
    }

    /** One query for the user's seats answers every question about the group. */
    GroupRole roleIn(MeetingGroup group) {
        if (CurrentUser.isAdmin()) {
            return GroupRole.CONVENOR;
        }
        List<Seat> mine = CurrentUser.memberId()
                .map(id -> seats.findHeldBy(group.getId(), id))
                .orElse(List.of());
        if (mine.stream().anyMatch(Seat::isConvenor)) {
            return GroupRole.CONVENOR;
        }
        if (mine.stream().anyMatch(s -> s.getRole() == SeatRole.ADMINISTRATOR)) {
            return GroupRole.MANAGER;
        }
        if (!mine.isEmpty()) {
            return GroupRole.SEAT_HOLDER;
        }
        return CurrentUser.isSignedIn() ? GroupRole.SIGNED_IN : GroupRole.VISITOR;
    }

    /**
     * A member's standing in the group without a signed-in session: a calendar feed's reader. Seats decide; site
     * roles are not known here, so a site administrator without a seat reads a feed as any member does.
     */
    GroupRole roleOf(MeetingGroup group, Member member) {
        if (member == null || !member.isActive()) {
            return GroupRole.VISITOR;
        }
        List<Seat> held = seats.findHeldBy(group.getId(), member.getId());
        if (held.stream().anyMatch(Seat::isConvenor)) {
            return GroupRole.CONVENOR;
        }
        if (held.stream().anyMatch(s -> s.getRole() == SeatRole.ADMINISTRATOR)) {
            return GroupRole.MANAGER;
        }
        return held.isEmpty() ? GroupRole.SIGNED_IN : GroupRole.SEAT_HOLDER;
    }

    /** The meeting as the member sees it, for a feed. */
    MeetingViewer viewerOf(Meeting meeting, Member member) {
        GroupViewer group = new GroupViewer(
                roleOf(meeting.getGroup(), member), meeting.getGroup().getVisibility());
        return new MeetingViewer(group, meeting.getStatus(), meeting.isReviewOpen(today()));
    }

    GroupViewer viewer(MeetingGroup group) {
        return new GroupViewer(roleIn(group), group.getVisibility());
    }

    MeetingViewer viewer(Meeting meeting) {
        return new MeetingViewer(viewer(meeting.getGroup()), meeting.getStatus(), meeting.isReviewOpen(today()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean isSeatHolder(MeetingGroup group) {
        return roleIn(group).atLeast(GroupRole.SEAT_HOLDER);
    }

    boolean canSee(MeetingGroup group) {
        // Public groups need no seat look-up: the common case for anonymous readers.
        return group.getVisibility() == Visibility.PUBLIC || viewer(group).canSee();
    }

    boolean canSeeAgenda(Meeting meeting) {
        return viewer(meeting).seeAgenda();
    }

    boolean canSeeMinutes(Meeting meeting) {
        return viewer(meeting).seeMinutes();
    }

    void requireSee(MeetingGroup group) {
        if (!canSee(group)) {
            throw new AccessDeniedException("Not visible");
        }
    }

    void requireManage(MeetingGroup group) {
        if (!roleIn(group).atLeast(GroupRole.MANAGER)) {
            throw new AccessDeniedException("Only the group's convenors and administrators can do that");
        }
    }

    void requireApprove(MeetingGroup group) {
        if (!roleIn(group).atLeast(GroupRole.CONVENOR)) {
            throw new AccessDeniedException("Only the convenor approves minutes");
        }
    }

    /**
     * Convenor seats are appointed and removed by convenors or ADMINs only: an administrator seat that could appoint
     * a convenor would get round "only convenors approve minutes".
     */
    void requireConvenor(MeetingGroup group) {
        if (!roleIn(group).atLeast(GroupRole.CONVENOR)) {
            throw new AccessDeniedException("Only the group's convenors can appoint or remove a convenor");
        }
    }

    void requireSeatHolder(MeetingGroup group) {
        if (!isSeatHolder(group)) {
            throw new AccessDeniedException("Only the group's seat holders can do that");
        }
    }
}
