package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups and their seats. Terms of reference, attendance figures and the decision register have their own
 * services. Visibility is checked in every read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class GroupService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GroupRepository groups;
    private final SeatRepository seats;
    private final AttendanceRepository attendance;
    private final MeetingRepository meetings;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final EntityManager em;
    private final Clock clock;
    private final CalendarFeeds feeds;

    GroupService(
            GroupRepository groups,
            SeatRepository seats,
            AttendanceRepository attendance,
            MeetingRepository meetings,
            MeetingLookup lookup,
            GroupAccess access,
            EntityManager em,
            Clock clock,
            CalendarFeeds feeds) {
        this.groups = groups;
        this.seats = seats;
        this.attendance = attendance;
        this.meetings = meetings;
        this.lookup = lookup;
        this.access = access;
        this.em = em;
        this.clock = clock;
        this.feeds = feeds;
    }

    public List<MeetingGroup> visibleGroups() {
        EnumSet<Visibility> open = CurrentUser.isSignedIn()
                ? EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS)
                : EnumSet.of(Visibility.PUBLIC);
        return groups.findVisible(open, CurrentUser.memberId().orElse(-1L), CurrentUser.isAdmin());
    }

    public Optional<MeetingGroup> bySlug(String slug) {
        return slug == null ? Optional.empty() : groups.findBySlug(slug).filter(access::canSee);
    }

    public Optional<MeetingGroup> byId(Long id) {
        return id == null ? Optional.empty() : groups.findWithRegion(id).filter(access::canSee);
    }

    /** The current user as this group sees them; views show their controls by it. */
    public GroupViewer viewer(MeetingGroup group) {
        return access.viewer(group);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CONVENOR')")
    public MeetingGroup create(MeetingGroup group) {
        if (!group.isNew()) {
            throw new IllegalArgumentException("Group already saved");
        }
        if (groups.existsBySlug(group.getSlug())) {
            throw new BusinessException("Another group already uses the web address /groups/" + group.getSlug() + ".");
        }
        group.setCalendarToken(newToken());
        group.setCreatedAt(clock.instant());
        MeetingGroup saved = groups.save(group);
        // A convenor who sets a group up convenes it; site administrators manage it without a seat.
        if (!CurrentUser.isAdmin()) {
            CurrentUser.memberId()
                    .ifPresent(id ->
                            seats.save(new Seat(saved, em.getReference(Member.class, id), SeatRole.MEMBER, true, 0)));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MeetingGroup update(MeetingGroup edited) {
        MeetingGroup current = groups.findById(edited.getId())
                .orElseThrow(() -> new BusinessException("This group no longer exists."));
        access.requireManage(current);
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This group");
        }
        groups.findBySlug(edited.getSlug())
                .filter(g -> !g.getId().equals(edited.getId()))
                .ifPresent(g -> {
                    throw new BusinessException(
                            "Another group already uses the web address /groups/" + edited.getSlug() + ".");
                });
        try {
            groups.saveAndFlush(edited);
            return groups.findWithRegion(edited.getId()).orElseThrow();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This group");
        }
    }

    /** Seat holders as a reader may see them: names only where the member agreed to appear in the directory. */
    public List<SeatHolder> seats(MeetingGroup group) {
        access.requireSee(group);
        boolean insider = access.isSeatHolder(group);
        return seats.findByGroup(group.getId()).stream()
                .map(s -> {
                    Member m = s.getMember();
                    String name = m == null
                            ? null
                            : (insider || (m.isActive() && m.isDirectoryConsent()) ? m.getFullName() : null);
                    return new SeatHolder(
                            s.getId(),
                            m == null ? null : m.getId(),
                            name,
                            s.getRole(),
                            s.isConvenor(),
                            s.describeRole(),
                            s.getVersion());
                })
                .toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Seat addSeat(Long groupId, Long memberId, SeatRole role, boolean convenor) {
        MeetingGroup group = lookup.group(groupId);
        access.requireManage(group);
        if (convenor) {
            access.requireConvenor(group);
        }
        if (memberId != null && !seats.findHeldBy(groupId, memberId).isEmpty()) {
            throw new BusinessException("That member already holds a seat in this group.");
        }
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        int position = (int) seats.countByGroupId(groupId);
        return seats.save(new Seat(group, member, role, convenor, position));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeSeat(Long seatId) {
        Seat seat = seats.findById(seatId).orElseThrow(() -> new BusinessException("That seat no longer exists."));
        access.requireManage(seat.getGroup());
        if (seat.isConvenor()) {
            access.requireConvenor(seat.getGroup());
        }
        // Seats with recorded attendance keep their history: vacate rather than delete.
        if (attendance.countBySeatId(seatId) > 0) {
            seat.setMember(null);
            seat.setConvenor(false);
        } else {
            seats.delete(seat);
        }
    }

    public long minutesDueCount(MeetingGroup group) {
        if (!access.isSeatHolder(group)) {
            return 0;
        }
        LocalDate today = access.today();
        return meetings.findByGroup(group.getId()).stream()
                .filter(m -> m.isMinutesDue(today))
                .count();
    }

    /** The current member's own subscription URL path (see {@link CalendarFeeds}). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String calendarFeedPath(MeetingGroup group) {
        return feeds.feedPath(group.getId());
    }

    /** A new link for the current member only; nobody else's subscription changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void renewCalendarToken(Long groupId) {
        feeds.renew(groupId);
    }

    public long count() {
        return groups.count();
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
