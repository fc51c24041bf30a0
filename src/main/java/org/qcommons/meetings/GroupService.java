package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.people.Member;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups, their seats, terms of reference and attendance figures. Visibility is checked in every read. */
@Service
@Transactional(readOnly = true)
public class GroupService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GroupRepository groups;
    private final SeatRepository seats;
    private final TermsRepository terms;
    private final AttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final MeetingRepository meetings;
    private final GroupAccess access;
    private final EntityManager em;

    GroupService(GroupRepository groups, SeatRepository seats, TermsRepository terms, AttendanceRepository attendance,
                 DecisionRepository decisions, MeetingRepository meetings, GroupAccess access, EntityManager em) {
        this.groups = groups;
        this.seats = seats;
        this.terms = terms;
        this.attendance = attendance;
        this.decisions = decisions;
        this.meetings = meetings;
        this.access = access;
        this.em = em;
    }

    @PreAuthorize("permitAll()")
    public List<MeetingGroup> visibleGroups() {
        EnumSet<Visibility> open = CurrentUser.isSignedIn()
                ? EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS) : EnumSet.of(Visibility.PUBLIC);
        return groups.findVisible(open, CurrentUser.memberId().orElse(-1L), CurrentUser.isAdmin());
    }

    @PreAuthorize("permitAll()")
    public Optional<MeetingGroup> bySlug(String slug) {
        return slug == null ? Optional.empty() : groups.findBySlug(slug).filter(access::canSee);
    }

    @PreAuthorize("permitAll()")
    public Optional<MeetingGroup> byId(Long id) {
        return id == null ? Optional.empty() : groups.findWithRegion(id).filter(access::canSee);
    }

    @PreAuthorize("permitAll()")
    public GroupPermissions permissions(MeetingGroup group) {
        return new GroupPermissions(access.canSee(group), access.isSeatHolder(group), access.canManage(group),
                access.canApprove(group), CurrentUser.isSignedIn());
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
        MeetingGroup saved = groups.save(group);
        // A convenor who sets a group up convenes it; site administrators manage it without a seat.
        if (!CurrentUser.isAdmin()) {
            CurrentUser.memberId().ifPresent(id -> seats.save(new Seat(saved, em.getReference(Member.class, id),
                    SeatRole.MEMBER, true, 0)));
        }
        return saved;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MeetingGroup update(MeetingGroup edited) {
        MeetingGroup current = groups.findById(edited.getId()).orElseThrow(() -> new BusinessException("This group no longer exists."));
        access.requireManage(current);
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This group");
        }
        groups.findBySlug(edited.getSlug()).filter(g -> !g.getId().equals(edited.getId())).ifPresent(g -> {
            throw new BusinessException("Another group already uses the web address /groups/" + edited.getSlug() + ".");
        });
        try {
            groups.saveAndFlush(edited);
            return groups.findWithRegion(edited.getId()).orElseThrow();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This group");
        }
    }

    /** Seat holders as a reader may see them: names only where the member agreed to appear in the directory. */
    @PreAuthorize("permitAll()")
    public List<SeatHolder> seats(MeetingGroup group) {
        access.requireSee(group);
        boolean insider = access.isSeatHolder(group);
        return seats.findByGroup(group.getId()).stream().map(s -> {
            Member m = s.getMember();
            String name = m == null ? null : (insider || (m.isActive() && m.isDirectoryConsent()) ? m.getFullName() : null);
            return new SeatHolder(s.getId(), m == null ? null : m.getId(), name, s.getRole(), s.isConvenor(), s.describeRole());
        }).toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Seat addSeat(Long groupId, Long memberId, SeatRole role, boolean convenor) {
        MeetingGroup group = groups.findById(groupId).orElseThrow(() -> new BusinessException("This group no longer exists."));
        access.requireManage(group);
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
        // Seats with recorded attendance keep their history: vacate rather than delete.
        Long recorded = em.createQuery("select count(a) from Attendance a where a.seat.id = :id", Long.class)
                .setParameter("id", seatId).getSingleResult();
        if (recorded > 0) {
            seat.setMember(null);
            seat.setConvenor(false);
        } else {
            seats.delete(seat);
        }
    }

    @PreAuthorize("permitAll()")
    public Optional<TermsOfReference> currentTerms(MeetingGroup group) {
        access.requireSee(group);
        return terms.findFirstByGroupIdOrderByNumberDesc(group.getId());
    }

    @PreAuthorize("permitAll()")
    public List<TermsOfReference> termsHistory(MeetingGroup group) {
        access.requireSee(group);
        return terms.findByGroupIdOrderByNumberDesc(group.getId());
    }

    /** Saves the edited terms as a new numbered version; earlier versions stay as they were. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public TermsOfReference saveTerms(Long groupId, TermsOfReference draft, String changeNote) {
        MeetingGroup group = groups.findById(groupId).orElseThrow(() -> new BusinessException("This group no longer exists."));
        access.requireManage(group);
        if (!draft.isNew()) {
            throw new IllegalArgumentException("Save a new version made with draftNext()");
        }
        int next = terms.findFirstByGroupIdOrderByNumberDesc(groupId).map(t -> t.getNumber() + 1).orElse(1);
        draft.stamp(group, next, CurrentUser.get().map(QUser::displayName).orElse("System"));
        draft.setChangeNote(changeNote);
        return terms.save(draft);
    }

    @PreAuthorize("permitAll()")
    public List<AttendanceRate> attendanceRates(MeetingGroup group) {
        access.requireSee(group);
        if (!access.isSeatHolder(group) && !CurrentUser.isSignedIn()) {
            return List.of();
        }
        boolean insider = access.isSeatHolder(group);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : attendance.countByMemberAndStatus(group.getId())) {
            Long id = (Long) row[0];
            // Outside the group, a member who is not in the directory is counted but not named.
            names.put(id, insider || Boolean.TRUE.equals(row[2]) ? (String) row[1] : "A member");
            counts.computeIfAbsent(id, k -> new long[3])[((AttendanceStatus) row[3]).ordinal()] += (Long) row[4];
        }
        List<AttendanceRate> rates = new ArrayList<>();
        counts.forEach((id, c) -> rates.add(new AttendanceRate(id, names.get(id), c[0], c[1], c[2])));
        rates.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return rates;
    }

    /** Share of recorded seats that were present, over all meetings; the report's groups averaged 80%. */
    @PreAuthorize("permitAll()")
    public int groupAttendancePercent(MeetingGroup group) {
        List<AttendanceRate> rates = attendanceRates(group);
        long present = rates.stream().mapToLong(AttendanceRate::present).sum();
        long recorded = rates.stream().mapToLong(AttendanceRate::recorded).sum();
        return recorded == 0 ? 0 : (int) Math.round(100.0 * present / recorded);
    }

    @PreAuthorize("permitAll()")
    public List<Decision> publishedDecisions(MeetingGroup group) {
        access.requireSee(group);
        EnumSet<MeetingStatus> statuses = access.isSeatHolder(group)
                ? EnumSet.allOf(MeetingStatus.class) : EnumSet.of(MeetingStatus.MINUTES_PUBLISHED);
        return decisions.findByGroup(group.getId(), statuses);
    }

    /** Decisions whose review date has come (or comes within 30 days), for the group's seat holders. */
    @PreAuthorize("isAuthenticated()")
    public List<Decision> reviewsDue(MeetingGroup group) {
        access.requireSeatHolder(group);
        return decisions.findReviewsDue(group.getId(), LocalDate.now(Meeting.LONDON).plusDays(30));
    }

    @PreAuthorize("permitAll()")
    public long minutesDueCount(MeetingGroup group) {
        if (!access.isSeatHolder(group)) {
            return 0;
        }
        LocalDate today = LocalDate.now(Meeting.LONDON);
        return meetings.findByGroup(group.getId()).stream().filter(m -> m.isMinutesDue(today)).count();
    }

    /** The subscription URL path, for people who may see the group's meetings. */
    @PreAuthorize("isAuthenticated()")
    public String calendarFeedPath(MeetingGroup group) {
        access.requireSee(group);
        MeetingGroup g = groups.findById(group.getId()).orElseThrow();
        return "calendar/groups/" + g.getSlug() + ".ics?token=" + g.getCalendarToken();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void renewCalendarToken(Long groupId) {
        MeetingGroup g = groups.findById(groupId).orElseThrow();
        access.requireManage(g);
        g.setCalendarToken(newToken());
    }

    @PreAuthorize("permitAll()")
    public long count() {
        return groups.count();
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
