package org.qcommons.meetings;

import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seat roles of one group: an ADMIN or the group's convenor changes a seat's role (patient representative,
 * partner link…) or its convenorship, with a reason. The change is audited with the seat, the holder is told, and
 * {@link AccessChanged} makes the holder's open sessions pick up what the new role allows at once.
 */
@Service
@Transactional
public class SeatRoles {

    private final SeatRepository seats;
    private final GroupAccess access;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;

    SeatRoles(
            SeatRepository seats,
            GroupAccess access,
            NotificationService notifications,
            ApplicationEventPublisher events) {
        this.seats = seats;
        this.access = access;
        this.notifications = notifications;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public Seat change(Long seatId, long version, SeatRole role, boolean convenor, String reason) {
        Seat seat = seats.findById(seatId).orElseThrow(() -> new BusinessException("That seat no longer exists."));
        if (seat.getVersion() != version) {
            throw new ConcurrentEditException("This seat");
        }
        MeetingGroup group = seat.getGroup();
        access.requireManage(group);
        if (convenor != seat.isConvenor()) {
            access.requireConvenor(group);
        }
        if (role == null) {
            throw new BusinessException("Choose the seat's role.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why the seat's role changes (it goes in the group's history).");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessException("Keep the reason to 500 characters or fewer.");
        }
        if (role == seat.getRole() && convenor == seat.isConvenor()) {
            throw new BusinessException("The seat already has that role.");
        }
        seat.changeRole(role, convenor, reason.strip());
        if (seat.getMember() != null) {
            String what = role.label() + (convenor ? ", convenor" : "");
            SystemRunner.asSystem(() -> notifications.notify(
                    seat.getMember(),
                    "Your seat in " + group.getName() + " has changed",
                    "Your seat is now: " + what + ". Reason: " + reason.strip(),
                    "groups/" + group.getSlug()));
            events.publishEvent(new AccessChanged(seat.getMember().getId(), "seat role changed in a group"));
        }
        return seats.saveAndFlush(seat);
    }
}
