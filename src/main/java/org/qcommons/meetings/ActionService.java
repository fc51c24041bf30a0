package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.cut;
import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actions agreed at meetings, with their owners; open ones are carried onto the group's next agenda. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ActionService {

    private final ActionRepository actions;
    private final SeatRepository seats;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final NotificationService notifications;
    private final EntityManager em;

    ActionService(
            ActionRepository actions,
            SeatRepository seats,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            NotificationService notifications,
            EntityManager em) {
        this.actions = actions;
        this.seats = seats;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.notifications = notifications;
        this.em = em;
    }

    @PreAuthorize("permitAll()")
    public List<ActionItem> actions(Meeting meeting) {
        MeetingViewer viewer = access.viewer(meeting);
        return viewer.seeMinutes() ? named(actions.findByMeeting(meeting.getId()), viewer.seatHolder()) : List.of();
    }

    /** Open actions from the group's earlier meetings: "Actions from the last meeting" on this agenda. */
    @PreAuthorize("permitAll()")
    public List<ActionItem> carriedActions(Meeting meeting) {
        MeetingViewer viewer = access.viewer(meeting);
        if (!viewer.seeAgenda()) {
            return List.of();
        }
        boolean insider = viewer.seatHolder();
        return named(
                actions.findOpenBefore(meeting.getGroup().getId(), meeting.getStartsAt()).stream()
                        .filter(a -> insider || a.getMeeting().isMinutesPublished())
                        .toList(),
                insider);
    }

    /**
     * Owners named as the reader may see them: seat holders see every name; everyone else, anonymous visitors
     * included, sees a name only if its member agreed to appear in the directory, and never the member record.
     */
    private List<ActionItem> named(List<ActionItem> found, boolean insider) {
        for (ActionItem a : found) {
            Member owner = a.getOwner();
            if (owner == null || insider) {
                a.showOwnerAs(owner == null ? null : owner.getFullName());
            } else {
                em.detach(a);
                a.showOwnerAs(owner.isActive() && owner.isDirectoryConsent() ? owner.getFullName() : "A member");
                a.withoutOwner();
            }
        }
        return found;
    }

    @Transactional
    public ActionItem addAction(Long meetingId, String description, Long ownerId, LocalDate dueDate) {
        Meeting m = lookup.meeting(meetingId);
        access.requireSeatHolder(m.getGroup());
        requireNotPublished(m);
        if (description == null || description.isBlank()) {
            throw new BusinessException("Describe the action.");
        }
        Member owner = ownerId == null ? null : em.find(Member.class, ownerId);
        ActionItem a = actions.save(new ActionItem(m, description.strip(), owner, dueDate));
        if (owner != null
                && CurrentUser.get().isPresent()
                && !CurrentUser.memberId().map(owner.getId()::equals).orElse(false)) {
            notifications.notify(
                    owner,
                    cut("New action for you: " + m.getGroup().getName()),
                    a.getDescription() + (dueDate == null ? "" : " (due " + dueDate + ")"),
                    "meetings/" + m.getId());
        }
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.ACTIONS, a.getId());
        return a;
    }

    /** Seat holders update action status at any time, including carried actions of published meetings. */
    @Transactional
    public void setActionStatus(Long actionId, ActionStatus status, Long viewingMeetingId) {
        ActionItem a = actions.findWithMeeting(actionId)
                .orElseThrow(() -> new BusinessException("That action no longer exists."));
        access.requireSeatHolder(a.getMeeting().getGroup());
        a.setStatus(status);
        broadcaster.meetingChanged(a.getMeeting().getId(), MeetingChange.Kind.ACTIONS, actionId);
        if (viewingMeetingId != null && !viewingMeetingId.equals(a.getMeeting().getId())) {
            broadcaster.meetingChanged(viewingMeetingId, MeetingChange.Kind.ACTIONS, actionId);
        }
    }

    /** Seat holders of the group, as candidates for action owners. */
    public List<Member> seatHolders(Meeting meeting) {
        access.requireSeatHolder(meeting.getGroup());
        return seats.findByGroup(meeting.getGroup().getId()).stream()
                .map(Seat::getMember)
                .filter(Objects::nonNull)
                .toList();
    }
}
